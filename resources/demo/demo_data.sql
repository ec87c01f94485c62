-- Demo data for quotactl demo-data and quotadesk --demo: a deterministic function of
-- (users, days, seed, at). Created in pg_temp, so it never lands in a real schema.
-- Set-based: every table is filled by a few INSERT ... SELECT over generate_series.
-- p_admin_email: the demo admin account (DemoData::staffEmail(), the one definition).
CREATE OR REPLACE FUNCTION pg_temp.quotadesk_demo_data(p_users integer, p_days integer, p_seed integer, p_at timestamp,
                                                       p_admin_email text)
RETURNS jsonb LANGUAGE plpgsql AS $fn$
DECLARE
    v_tag text := 's' || p_seed;
    v_usage bigint;
    v_dupes bigint;
    v_cache bigint;
    v_expired bigint;
    v_buckets bigint;
    v_staff integer;
    v_hour_from float8[]; -- where each UTC hour starts in a day's cumulative share of calls
    v_hour_share float8[];
    v_firsts text[] := ARRAY['Amani','Wanjiru','Otieno','Achieng','Kamau','Njeri','Mwangi','Akinyi','Baraka','Zawadi',
                             'Jonas','Lena','Mateo','Sofia','Liam','Aisha','Chen','Priya','Sean','Zoë'];
    v_lasts text[]  := ARRAY['Odhiambo','Kariuki','Mutua','Wambui','Kiprop','Chebet','Müller','Schmidt','O''Brien','García',
                             'Nakamura','Okafor','Hassan','Ivanova','Dubois','Rossi','"Kim"','Singh','Mensah','Fischer 100%'];
BEGIN
    IF p_users < 1 OR p_users > 200000 THEN
        RAISE EXCEPTION 'users must be between 1 and 200000, not %', p_users;
    END IF;
    IF p_days < 1 OR p_days > 366 THEN
        RAISE EXCEPTION 'days must be between 1 and 366, not %', p_days;
    END IF;
    IF EXISTS (SELECT 1 FROM public.users WHERE email = format('user%s.%s@demo.quotadesk.test', lpad('1', 5, '0'), v_tag)) THEN
        RAISE EXCEPTION 'demo data for seed % is already loaded in this database; pick another --seed', p_seed;
    END IF;

    -- Deterministic: one seed, no parallel workers, rows generated in a fixed order.
    PERFORM set_config('max_parallel_workers_per_gather', '0', true);
    PERFORM setseed(((abs(p_seed) % 1000003)::float8 / 1000003.0) * 2 - 1);

    INSERT INTO public.plans (plan_type, name, price, period, description) VALUES
        ('freemium', 'Freemium', 0, 'monthly', 'Free tier'),
        ('paygo', 'Pay as you go', 0, 'usage', 'Billed per use'),
        ('pro', 'Pro', 150000, 'monthly', 'For active job seekers'),
        ('annual', 'Pro Annual', 1500000, 'yearly', 'Pro, billed yearly')
    ON CONFLICT (plan_type) DO NOTHING;

    -- Two providers with a cheap and a strong model each; most calls go to the cheap ones.
    INSERT INTO public.ai_provider_configs (provider_type, model_name, display_name)
    SELECT v.provider_type, v.model_name, v.display_name
    FROM (VALUES ('gemini', 'gemini-1.5-flash', 'Gemini 1.5 Flash'), ('gemini', 'gemini-1.5-pro', 'Gemini 1.5 Pro'),
                 ('openai', 'gpt-4o-mini', 'GPT-4o mini'), ('openai', 'gpt-4o', 'GPT-4o')) v(provider_type, model_name, display_name)
    WHERE NOT EXISTS (SELECT 1 FROM public.ai_provider_configs c WHERE c.model_name = v.model_name);
    -- Which model a call goes to (r in [draw_from, draw_to)) and its price in US cents per
    -- 1,000 tokens.
    CREATE TEMP TABLE demo_model ON COMMIT DROP AS
    SELECT (SELECT min(c.id) FROM public.ai_provider_configs c WHERE c.model_name = m.model_name) AS config_id,
           m.draw_from, m.draw_to, m.cents_per_1k
    FROM (VALUES ('gemini-1.5-flash', 0.00::float8, 0.40::float8, 0.02::float8), ('gpt-4o-mini', 0.40, 0.75, 0.04),
                 ('gemini-1.5-pro', 0.75, 0.90, 0.25), ('gpt-4o', 0.90, 1.00, 0.50)) m(model_name, draw_from, draw_to, cents_per_1k);
    -- The day's shape: each UTC hour's share of a day's calls (the app's users are in East
    -- Africa: quiet nights, busy from 05 to 18 UTC), and where an hour starts in the day's
    -- cumulative share.
    SELECT array_agg(y.cum_from ORDER BY y.h), array_agg(y.share ORDER BY y.h) INTO v_hour_from, v_hour_share
    FROM (SELECT x.h, x.w / sum(x.w) OVER () AS share, (sum(x.w) OVER (ORDER BY x.h) - x.w) / sum(x.w) OVER () AS cum_from
          FROM unnest(ARRAY[1, 1, 1, 2, 3, 5, 7, 8, 8, 8, 7, 7, 8, 8, 7, 6, 5, 5, 4, 3, 3, 2, 2, 1]::float8[]) WITH ORDINALITY AS x(w, h)) y;

    -- Staff accounts (shared by every seed).
    INSERT INTO public.users (email, full_name, hashed_password, role, is_admin, referral_code, created_at, updated_at) VALUES
        (p_admin_email, 'Demo Admin', 'demo-not-a-hash', 'super_admin', true, 'QDADMIN1', p_at - interval '400 days', p_at - interval '400 days'),
        ('support@demo.quotadesk.test', 'Sam Support', 'demo-not-a-hash', 'support_agent', false, 'QDSUPRT1', p_at - interval '300 days', p_at - interval '300 days'),
        ('finance@demo.quotadesk.test', 'Fatuma Finance', 'demo-not-a-hash', 'finance_admin', false, 'QDFINAN1', p_at - interval '200 days', p_at - interval '200 days')
    ON CONFLICT DO NOTHING;
    SELECT id INTO v_staff FROM public.users WHERE email = p_admin_email;

    -- One row per demo user with its random traits, drawn in order.
    CREATE TEMP TABLE demo_user ON COMMIT DROP AS
    SELECT i,
           format('user%s.%s@demo.quotadesk.test', lpad(i::text, 5, '0'), v_tag) AS email,
           random() AS r_plan, random() AS r_sub, random() AS r_level, random() AS r_width,
           random() AS r_first, random() AS r_last, random() AS r_cache,
           0 AS user_id, 'freemium'::text AS plan, NULL::bigint AS daily_limit, 0.0::float8 AS f
    FROM generate_series(1, p_users) i
    ORDER BY i;

    INSERT INTO public.users (email, full_name, hashed_password, role, is_active, referral_code, created_at, updated_at)
    SELECT d.email,
           v_firsts[1 + floor(d.r_first * array_length(v_firsts, 1))::int] || ' ' || v_lasts[1 + floor(d.r_last * array_length(v_lasts, 1))::int],
           'demo-not-a-hash', 'candidate', (d.i % 97) <> 0,
           'Q' || lpad(to_hex(abs(p_seed) % 256), 2, '0') || lpad((d.i % 100000)::text, 5, '0'),
           p_at - ((p_days + d.i % 400) * interval '1 day'), p_at - ((d.i % 30) * interval '1 day')
    FROM demo_user d ORDER BY d.i;

    UPDATE demo_user d SET user_id = u.id FROM public.users u WHERE u.email = d.email;

    -- Plans: ~42% freemium, 20% paygo, 22% pro, 11% annual, 5% without subscription;
    -- one subscription in ten is not active (so its user falls back to freemium).
    INSERT INTO public.subscriptions (user_id, plan_id, status, started_at, current_period_start, current_period_end, total_paid, payment_method)
    SELECT d.user_id, p.id,
           (CASE WHEN d.r_sub < 0.90 THEN 'active' WHEN d.r_sub < 0.93 THEN 'paused' WHEN d.r_sub < 0.96 THEN 'cancelled'
                 WHEN d.r_sub < 0.98 THEN 'expired' ELSE 'past_due' END)::subscription_status_enum,
           p_at - ((d.i % 200) * interval '1 day'), date_trunc('month', p_at), date_trunc('month', p_at) + interval '1 month',
           p.price, CASE WHEN d.i % 3 = 0 THEN 'mpesa' ELSE 'card' END
    FROM demo_user d
    JOIN public.plans p ON p.plan_type::text = CASE WHEN d.r_plan < 0.42 THEN 'freemium' WHEN d.r_plan < 0.62 THEN 'paygo'
                                                    WHEN d.r_plan < 0.84 THEN 'pro' ELSE 'annual' END
    WHERE d.r_plan < 0.95
    ORDER BY d.i;

    UPDATE demo_user d SET plan = l.plan, daily_limit = coalesce(l.daily_limit, 200000)
    FROM quotadesk.user_limits l WHERE l.user_id = d.user_id;

    -- How much each user wants in a day, as a share of their daily limit: a spread that
    -- puts users at every warning level by the afternoon (the heaviest reach the limit
    -- before noon and are refused for the rest of the day).
    UPDATE demo_user SET f = CASE WHEN r_level < 0.08 THEN 0
                                  WHEN r_level < 0.50 THEN 0.03 + r_width * 0.55
                                  WHEN r_level < 0.66 THEN 0.60 + r_width * 0.40
                                  WHEN r_level < 0.80 THEN 1.00 + r_width * 0.40
                                  ELSE 1.40 + r_width * 1.60 END;

    -- Usage: each user, each day, a few calls sharing the day's tokens, at times drawn from
    -- the hourly shape; weekends are quieter. Today is an ordinary day cut at p_at, so its
    -- hours follow yesterday's. A user at the daily limit is refused: no call after the one
    -- that reached it.
    WITH calls AS (
        SELECT d.i, d.user_id, d.daily_limit, day.day_no, day.day_start, day.f_day, day.n, c
        FROM demo_user d
        CROSS JOIN generate_series(0, p_days - 1) g(day_no)
        CROSS JOIN LATERAL (
            SELECT g.day_no, date_trunc('day', p_at) - g.day_no * interval '1 day' AS day_start,
                   d.f * (0.75 + random() * 0.5)
                       * (ARRAY[1.05, 1.10, 1.10, 1.05, 0.95, 0.60, 0.55])[extract(isodow FROM p_at - g.day_no * interval '1 day')::int]
                       AS f_day,
                   3 + floor(random() * 12)::int AS n) day
        CROSS JOIN LATERAL generate_series(1, CASE WHEN day.f_day > 0 THEN day.n ELSE 0 END) c
        ORDER BY d.i, g.day_no, c
    ),
    drawn AS (
        SELECT calls.*, random() AS r_status, random() AS r_task, random() AS r_null, random() AS r_size,
               random() AS r_time, random() AS r_cfg
        FROM calls
    ),
    hour_drawn AS (
        SELECT x.*, width_bucket(x.r_time, v_hour_from) AS hour_no -- 1..24: the hour r_time falls in
        FROM drawn x
    ),
    timed AS (
        SELECT x.*, greatest(1, round(x.f_day * x.daily_limit / x.n * (0.7 + x.r_size * 0.6)))::int AS tokens,
               x.day_start + (x.hour_no - 1 + (x.r_time - v_hour_from[x.hour_no]) / v_hour_share[x.hour_no]) * interval '1 hour'
                   AS created_at
        FROM hour_drawn x
    ),
    shaped AS (
        SELECT t.*, m.config_id, m.cents_per_1k
        FROM (SELECT timed.*, coalesce(sum(timed.tokens) OVER (PARTITION BY timed.user_id, timed.day_no ORDER BY timed.created_at, timed.c
                                                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS used_before
              FROM timed
              WHERE timed.created_at <= p_at) t
        JOIN demo_model m ON t.r_cfg >= m.draw_from AND t.r_cfg < m.draw_to
        WHERE t.used_before < t.daily_limit
        ORDER BY t.i, t.day_no, t.c
    )
    INSERT INTO public.ai_provider_usage_logs (user_id, provider_config_id, task_type, input_tokens, output_tokens, total_tokens,
                                               estimated_cost_usd, status, error_message, latency_ms, created_at)
    SELECT s.user_id,
           s.config_id,
           CASE WHEN s.r_task < 0.35 THEN 'extraction' WHEN s.r_task < 0.60 THEN 'cv_draft'
                WHEN s.r_task < 0.82 THEN 'cover_letter' ELSE 'validation' END,
           round(s.tokens * 0.7)::int,
           CASE WHEN s.r_status < 0.025 THEN 0 ELSE s.tokens - round(s.tokens * 0.7)::int END,
           CASE WHEN s.r_status < 0.025 THEN NULL              -- failed calls carry no total
                WHEN s.r_null < 0.01 THEN NULL                 -- old backend versions: only input/output
                WHEN s.r_null > 0.9995 THEN -s.tokens          -- corrupt rows: counted as bad data
                ELSE s.tokens END,
           -- Billed by the provider, failed calls too (their input was sent).
           ceil(CASE WHEN s.r_status < 0.025 THEN round(s.tokens * 0.7) ELSE s.tokens END * s.cents_per_1k / 1000)::int,
           CASE WHEN s.r_status < 0.015 THEN 'error' WHEN s.r_status < 0.025 THEN 'timeout' ELSE 'success' END,
           CASE WHEN s.r_status < 0.015 THEN 'provider returned HTTP 429' WHEN s.r_status < 0.025 THEN 'no answer in 30 s' END,
           CASE WHEN s.r_status < 0.025 AND s.r_status >= 0.015 THEN 30000 ELSE 400 + (s.tokens % 2600) END,
           s.created_at
    FROM shaped s
    ORDER BY s.i, s.day_no, s.c;
    GET DIAGNOSTICS v_usage = ROW_COUNT;

    -- The backend sometimes logs a call twice: a few exact duplicates.
    INSERT INTO public.ai_provider_usage_logs (user_id, provider_config_id, task_type, input_tokens, output_tokens, total_tokens,
                                               estimated_cost_usd, status, error_message, latency_ms, created_at)
    SELECT l.user_id, l.provider_config_id, l.task_type, l.input_tokens, l.output_tokens, l.total_tokens,
           l.estimated_cost_usd, l.status, l.error_message, l.latency_ms, l.created_at
    FROM public.ai_provider_usage_logs l JOIN demo_user d ON d.user_id = l.user_id
    WHERE l.id % 331 = 0 AND l.created_at < date_trunc('day', p_at);
    GET DIAGNOSTICS v_dupes = ROW_COUNT;

    -- Cache rows of users on caching tiers (and leftovers of users who were): live and expired.
    WITH entries AS (
        SELECT d.user_id, d.i, e,
               (ARRAY['session', 'content', 'extraction'])[1 + floor(random() * 3)::int] AS cache_type,
               random() AS r_age, random() AS r_hits, random() AS r_len, random() AS r_bad
        FROM demo_user d
        CROSS JOIN LATERAL generate_series(1, 10 + floor(d.r_cache * 60)::int) e
        WHERE d.plan IN ('pro', 'annual') OR d.r_cache < 0.08
        ORDER BY d.i, e
    ),
    timed AS (
        SELECT en.*, coalesce(t.ttl_minutes, 60) AS ttl,
               CASE WHEN en.r_age < 0.5 THEN p_at - (en.r_age * 2 * coalesce(t.ttl_minutes, 60)) * interval '1 minute'
                    ELSE p_at - (en.r_age * p_days * 24 * 60) * interval '1 minute' END AS created_at
        FROM entries en
        JOIN quotadesk.user_limits l ON l.user_id = en.user_id
        LEFT JOIN quotadesk.cache_ttls t ON t.cache_tier = l.cache_tier AND t.cache_type = en.cache_type
    )
    INSERT INTO public.ai_cache (cache_key, cache_type, cache_data, user_id, expires_at, cache_metadata, access_count,
                                 created_at, last_accessed_at)
    SELECT t.cache_type || '_' || left(md5(v_tag || ':' || t.i || ':' || t.e), 16),
           t.cache_type,
           CASE WHEN t.r_bad < 0.007 THEN '{"response": "truncated by a crash'      -- written by a crashed worker
                ELSE jsonb_build_object('response', repeat('Tailored paragraph for the applicant. ', 4 + floor(t.r_len * 90)::int),
                                        'task', t.cache_type, 'model', 'gemini-1.5-flash')::text END,
           t.user_id,
           t.created_at + t.ttl * interval '1 minute',
           CASE WHEN t.r_bad > 0.97 THEN NULL
                ELSE jsonb_build_object('input_tokens', 200 + floor(t.r_len * 3000)::int, 'provider', 'gemini') END,
           floor(power(t.r_hits, 3) * 40)::int,
           t.created_at,
           t.created_at + (p_at - t.created_at) * t.r_hits
    FROM timed t;
    GET DIAGNOSTICS v_cache = ROW_COUNT;
    SELECT count(*) INTO v_expired FROM public.ai_cache c JOIN demo_user d ON d.user_id = c.user_id WHERE c.expires_at <= p_at;

    -- Recorded lookups per hour and type over the window: hit rate around 55-70 %.
    INSERT INTO quotadesk.cache_lookups (bucket, cache_type, hits, misses)
    SELECT h.bucket, ty.cache_type,
           floor(ty.weight * (20 + random() * 60))::bigint,
           floor(ty.weight * (12 + random() * 35))::bigint
    FROM generate_series(date_trunc('hour', p_at) - (p_days * 24 - 1) * interval '1 hour', date_trunc('hour', p_at), interval '1 hour') h(bucket)
    CROSS JOIN (VALUES ('system', 3.0), ('session', 1.0), ('content', 0.8), ('extraction', 1.4)) ty(cache_type, weight)
    ORDER BY h.bucket, ty.cache_type
    ON CONFLICT (bucket, cache_type) DO UPDATE SET hits = quotadesk.cache_lookups.hits + EXCLUDED.hits,
                                                   misses = quotadesk.cache_lookups.misses + EXCLUDED.misses;
    GET DIAGNOSTICS v_buckets = ROW_COUNT;

    -- A few past resets by support staff, through the audited function.
    PERFORM quotadesk.admin_reset_quota(v_staff, ARRAY[d.user_id], 'daily',
                                        'Customer reported a double charge (ticket #' || (4100 + d.i) || ')',
                                        date_trunc('day', p_at) - (1 + d.i % 5) * interval '1 day' + interval '15 hours')
    FROM demo_user d WHERE d.i % 397 = 5;

    -- A monthly budget a little above where the month is heading (the Costs page's tile
    -- shows how close), through the audited function.
    PERFORM quotadesk.admin_set_budget(v_staff, 'all', greatest(10000, round(m.projected_month_cents * 1.08 / 10000) * 10000)::bigint)
    FROM quotadesk.cost_month(p_at) m;

    RETURN jsonb_build_object('users', p_users, 'usage_rows', v_usage + v_dupes, 'duplicate_rows', v_dupes,
                              'cache_rows', v_cache, 'expired_cache_rows', v_expired, 'lookup_buckets', v_buckets,
                              'staff_email', p_admin_email);
END
$fn$;
