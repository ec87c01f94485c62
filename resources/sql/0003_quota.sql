-- The quota engine: plan of each user, usage per window, status of one or all users
-- in one set-based query, the audited reset and the audited plan-limits editor.
--
-- Evaluation time: every status is "as of p_at" (NULL = the server's now, the clock the
-- usage rows are written with). Nothing after p_at counts: neither usage rows nor resets.

-- Plan of a user: the plan of their active subscription; none (or not active) is freemium.
-- A plan without a limits row gets freemium's limits and limits_known = false.
-- Upstream allows one subscription per user; should a database hold several, the active
-- one wins (the newest if several are active), and subscription_status shows that one.
CREATE VIEW quotadesk.user_limits AS
WITH sub AS (
    SELECT DISTINCT ON (s.user_id) s.user_id, s.status::text AS status, p.plan_type::text AS plan_type
    FROM public.subscriptions s
    JOIN public.plans p ON p.id = s.plan_id
    ORDER BY s.user_id, coalesce(s.status = 'active', false) DESC, s.id DESC
),
planned AS (
    SELECT u.id AS user_id, sub.status AS subscription_status,
           coalesce(CASE WHEN sub.status = 'active' THEN sub.plan_type END, 'freemium') AS plan
    FROM public.users u
    LEFT JOIN sub ON sub.user_id = u.id
)
SELECT pl.user_id, pl.plan, pl.subscription_status,
       (l.plan IS NOT NULL) AS limits_known,
       CASE WHEN l.plan IS NOT NULL THEN l.daily_tokens   ELSE f.daily_tokens   END AS daily_limit,
       CASE WHEN l.plan IS NOT NULL THEN l.monthly_tokens ELSE f.monthly_tokens END AS monthly_limit,
       CASE WHEN l.plan IS NOT NULL THEN l.hourly_calls   ELSE f.hourly_calls   END::bigint AS hourly_limit,
       coalesce(l.cache_tier, f.cache_tier) AS cache_tier
FROM planned pl
LEFT JOIN quotadesk.plan_limits l ON l.plan = pl.plan
LEFT JOIN quotadesk.plan_limits f ON f.plan = 'freemium';

-- Latest reset of each period per user, up to p_at (one row per user with any).
CREATE FUNCTION quotadesk.latest_resets(p_at timestamp, p_user integer)
RETURNS TABLE (user_id integer, daily_reset timestamp, monthly_reset timestamp, hourly_reset timestamp)
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT r.user_id,
           max(r.reset_at) FILTER (WHERE r.period = 'daily'),
           max(r.reset_at) FILTER (WHERE r.period = 'monthly'),
           max(r.reset_at) FILTER (WHERE r.period = 'hourly')
    FROM quotadesk.quota_resets r
    WHERE r.reset_at <= p_at AND (p_user IS NULL OR r.user_id = p_user)
    GROUP BY r.user_id
$$;

-- Status at p_at of one user (p_user) or of everyone (p_user NULL); no row for an unknown
-- user. Windows, all ending at p_at inclusive:
--   day   = [UTC midnight of p_at, p_at]      month = [1st of p_at's month 00:00, p_at]
--   hour  = (p_at - 60 minutes, p_at]
-- Tokens: rows with status 'success' (total_tokens, else input + output, NULL parts 0;
-- a negative count is 0 and the row is counted in bad_rows). Calls: rows of any status.
-- A reset of a period at T (T <= p_at; the latest one wins) restricts that period, and
-- only that one, to rows created after T.
-- bad_rows: rows that entered the daily or the monthly token sum with a negative count.
--
-- Plain SQL functions, one statement each, so that the planner inlines them into the
-- caller's query and folds p_at and p_user into constants (PARALLEL SAFE, or the planner
-- rules out parallel plans before it even inlines them). For one user that is a range
-- of the (user_id, created_at) index; for everyone, one pass over the window's rows
-- (a seq scan or a created_at range, as the planner finds cheaper), hash-joined to the
-- few users with resets and aggregated per user. Measured on 2,000 users x 30 days:
-- unlike a per-user index loop, this does not depend on the visibility map being
-- current (tests/bench/bench_overview.cpp).
CREATE FUNCTION quotadesk.quota_status_at(p_at timestamp, p_user integer)
RETURNS TABLE (
    user_id integer, email text, full_name text, is_active boolean,
    plan text, subscription_status text, limits_known boolean,
    daily_used bigint, daily_limit bigint, daily_remaining bigint, daily_percentage integer, daily_level text,
    monthly_used bigint, monthly_limit bigint, monthly_remaining bigint, monthly_percentage integer, monthly_level text,
    hourly_calls bigint, hourly_limit bigint, hourly_remaining bigint, hourly_percentage integer, hourly_level text,
    bad_rows bigint, daily_resets_at text, monthly_resets_at text,
    last_daily_reset text, last_monthly_reset text, last_hourly_reset text, evaluated_at text)
LANGUAGE sql STABLE PARALLEL SAFE AS $$
SELECT m.user_id, m.email, m.full_name, m.is_active, m.plan, m.subscription_status, m.limits_known,
       m.daily_used, m.daily_limit, quotadesk.remaining(m.daily_used, m.daily_limit),
       quotadesk.percentage(m.daily_used, m.daily_limit),
       quotadesk.warning_level(quotadesk.percentage(m.daily_used, m.daily_limit)),
       m.monthly_used, m.monthly_limit, quotadesk.remaining(m.monthly_used, m.monthly_limit),
       quotadesk.percentage(m.monthly_used, m.monthly_limit),
       quotadesk.warning_level(quotadesk.percentage(m.monthly_used, m.monthly_limit)),
       m.hourly_calls, m.hourly_limit, quotadesk.remaining(m.hourly_calls, m.hourly_limit),
       quotadesk.percentage(m.hourly_calls, m.hourly_limit),
       quotadesk.warning_level(quotadesk.percentage(m.hourly_calls, m.hourly_limit)),
       m.bad_rows,
       quotadesk.iso(date_trunc('day', p_at) + interval '1 day'),
       quotadesk.iso(date_trunc('month', p_at) + interval '1 month'),
       quotadesk.iso(m.daily_reset), quotadesk.iso(m.monthly_reset), quotadesk.iso(m.hourly_reset),
       quotadesk.iso(p_at)
FROM (
    SELECT u.id AS user_id, u.email::text AS email, u.full_name::text AS full_name, u.is_active,
           ul.plan, ul.subscription_status, ul.limits_known,
           coalesce(g.daily_used, 0) AS daily_used, ul.daily_limit,
           coalesce(g.monthly_used, 0) AS monthly_used, ul.monthly_limit,
           coalesce(g.hourly_calls, 0) AS hourly_calls, ul.hourly_limit,
           coalesce(g.bad_rows, 0) AS bad_rows,
           r.daily_reset, r.monthly_reset, r.hourly_reset
    FROM public.users u
    JOIN quotadesk.user_limits ul ON ul.user_id = u.id
    LEFT JOIN quotadesk.latest_resets(p_at, p_user) r ON r.user_id = u.id
    LEFT JOIN (
        SELECT c.user_id,
               sum(greatest(c.raw, 0)) FILTER (WHERE c.in_day)::bigint          AS daily_used,
               sum(greatest(c.raw, 0)) FILTER (WHERE c.in_month)::bigint        AS monthly_used,
               count(*) FILTER (WHERE c.in_hour)                                AS hourly_calls,
               count(*) FILTER (WHERE (c.in_day OR c.in_month) AND c.raw < 0)   AS bad_rows
        FROM (
            SELECT l.user_id,
                   quotadesk.raw_tokens(l.total_tokens, l.input_tokens, l.output_tokens) AS raw,
                   (l.status = 'success' AND l.created_at >= date_trunc('day', p_at)
                        AND (lr.daily_reset IS NULL OR l.created_at > lr.daily_reset)) AS in_day,
                   (l.status = 'success' AND l.created_at >= date_trunc('month', p_at)
                        AND (lr.monthly_reset IS NULL OR l.created_at > lr.monthly_reset)) AS in_month,
                   (l.created_at > p_at - interval '60 minutes'
                        AND (lr.hourly_reset IS NULL OR l.created_at > lr.hourly_reset)) AS in_hour
            FROM public.ai_provider_usage_logs l
            LEFT JOIN quotadesk.latest_resets(p_at, p_user) lr ON lr.user_id = l.user_id
            WHERE l.created_at >= least(date_trunc('month', p_at), p_at - interval '60 minutes')
              AND l.created_at <= p_at
              AND (p_user IS NULL OR l.user_id = p_user)
        ) c
        GROUP BY c.user_id
    ) g ON g.user_id = u.id
    WHERE p_user IS NULL OR u.id = p_user
) m
ORDER BY m.user_id
$$;

-- The public entry point: p_at NULL means the server's now.
CREATE FUNCTION quotadesk.quota_status(p_at timestamp DEFAULT NULL, p_user integer DEFAULT NULL)
RETURNS TABLE (
    user_id integer, email text, full_name text, is_active boolean,
    plan text, subscription_status text, limits_known boolean,
    daily_used bigint, daily_limit bigint, daily_remaining bigint, daily_percentage integer, daily_level text,
    monthly_used bigint, monthly_limit bigint, monthly_remaining bigint, monthly_percentage integer, monthly_level text,
    hourly_calls bigint, hourly_limit bigint, hourly_remaining bigint, hourly_percentage integer, hourly_level text,
    bad_rows bigint, daily_resets_at text, monthly_resets_at text,
    last_daily_reset text, last_monthly_reset text, last_hourly_reset text, evaluated_at text)
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT * FROM quotadesk.quota_status_at(coalesce(p_at, quotadesk.utc_now()), p_user)
$$;

-- Ids of p_users that name no user, as "7, 9" (NULL when all exist).
CREATE FUNCTION quotadesk.missing_users(p_users integer[]) RETURNS text LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT string_agg(x::text, ', ' ORDER BY x)
    FROM (SELECT DISTINCT x FROM unnest(p_users) x) ids
    WHERE NOT EXISTS (SELECT 1 FROM public.users u WHERE u.id = ids.x)
$$;

-- Resets one period for several users, all or nothing, each with its audit row
-- ('quota.reset', in the same transaction). Usage rows are never touched.
-- Returns the ids of the new quota_resets rows, in ascending user id order.
CREATE FUNCTION quotadesk.admin_reset_quota(p_staff integer, p_users integer[], p_period text,
                                            p_reason text, p_at timestamp DEFAULT NULL)
RETURNS SETOF bigint LANGUAGE plpgsql AS $$
DECLARE
    v_staff integer := quotadesk.require_staff(p_staff);
    v_at timestamp := coalesce(p_at, quotadesk.utc_now());
    v_reason text := btrim(p_reason);
    v_missing text;
    v_user integer;
    v_before record;
    v_log integer;
    v_reset bigint;
BEGIN
    IF p_period IS NULL OR p_period NOT IN ('daily', 'monthly', 'hourly') THEN
        RAISE EXCEPTION 'The period to reset must be daily, monthly or hourly, not "%".', coalesce(p_period, '')
            USING ERRCODE = 'QD003';
    END IF;
    IF v_reason IS NULL OR v_reason = '' THEN
        RAISE EXCEPTION 'A quota reset needs a reason: say why it is reset.' USING ERRCODE = 'QD003';
    END IF;
    IF p_users IS NULL OR cardinality(p_users) = 0 THEN
        RAISE EXCEPTION 'No user was selected to reset.' USING ERRCODE = 'QD003';
    END IF;
    IF array_position(p_users, NULL) IS NOT NULL THEN
        RAISE EXCEPTION 'The list of users to reset contains an empty id.' USING ERRCODE = 'QD003';
    END IF;
    v_missing := quotadesk.missing_users(p_users);
    IF v_missing IS NOT NULL THEN
        RAISE EXCEPTION 'No user with id %: nothing was reset.', v_missing USING ERRCODE = 'QD004';
    END IF;

    FOR v_user IN SELECT DISTINCT x FROM unnest(p_users) x ORDER BY x LOOP
        SELECT s.email, s.daily_used, s.monthly_used, s.hourly_calls INTO v_before
        FROM quotadesk.quota_status_at(v_at, v_user) s;
        IF NOT FOUND THEN -- deleted since the check above
            RAISE EXCEPTION 'No user with id %: nothing was reset.', v_user USING ERRCODE = 'QD004';
        END IF;
        v_log := quotadesk.log_action(v_staff, 'quota.reset', 'user', v_user, jsonb_build_object(
            'period', p_period, 'reason', v_reason, 'email', v_before.email,
            'used_before', CASE p_period WHEN 'daily' THEN v_before.daily_used
                                         WHEN 'monthly' THEN v_before.monthly_used
                                         ELSE v_before.hourly_calls END,
            'reset_at', quotadesk.iso(v_at)));
        INSERT INTO quotadesk.quota_resets (user_id, period, reset_at, reset_by, reason, audit_log_id)
        VALUES (v_user, p_period, v_at, v_staff, v_reason, v_log)
        RETURNING id INTO v_reset;
        RETURN NEXT v_reset;
    END LOOP;
END
$$;

-- Sets (inserts or replaces) the limits of one plan, audited ('quota.plan_limits', with
-- the values before and after). NULL limits mean unlimited. The plan must already have a
-- limits row or be a value of plans.plan_type; the cache tier must be 'free' or a tier
-- of quotadesk.cache_ttls. Returns the id of the audit row.
CREATE FUNCTION quotadesk.admin_set_plan_limits(p_staff integer, p_plan text, p_daily_tokens bigint,
                                                p_monthly_tokens bigint, p_hourly_calls integer,
                                                p_cache_tier text)
RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    v_staff integer := quotadesk.require_staff(p_staff);
    v_plan text := btrim(p_plan);
    v_tier text := btrim(p_cache_tier);
    v_before quotadesk.plan_limits%ROWTYPE;
    v_tiers text;
BEGIN
    IF v_plan IS NULL OR v_plan = '' THEN
        RAISE EXCEPTION 'No plan given: name the plan whose limits to set.' USING ERRCODE = 'QD003';
    END IF;
    SELECT * INTO v_before FROM quotadesk.plan_limits WHERE plan = v_plan FOR UPDATE;
    IF NOT FOUND AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_enum e
                                 WHERE e.enumtypid = 'public.plan_type_enum'::regtype AND e.enumlabel = v_plan) THEN
        RAISE EXCEPTION 'Unknown plan "%": limits can be set for a plan of plan_type_enum or one that already has limits.', v_plan
            USING ERRCODE = 'QD003';
    END IF;
    IF p_daily_tokens < 0 THEN
        RAISE EXCEPTION 'The daily token limit must be zero or more (or empty for unlimited), not %.', p_daily_tokens
            USING ERRCODE = 'QD003';
    END IF;
    IF p_monthly_tokens < 0 THEN
        RAISE EXCEPTION 'The monthly token limit must be zero or more (or empty for unlimited), not %.', p_monthly_tokens
            USING ERRCODE = 'QD003';
    END IF;
    IF p_hourly_calls < 0 THEN
        RAISE EXCEPTION 'The hourly call limit must be zero or more (or empty for unlimited), not %.', p_hourly_calls
            USING ERRCODE = 'QD003';
    END IF;
    IF v_tier IS NULL OR (v_tier <> 'free' AND NOT EXISTS (SELECT 1 FROM quotadesk.cache_ttls t WHERE t.cache_tier = v_tier)) THEN
        SELECT string_agg(t, ', ' ORDER BY t) INTO v_tiers
        FROM (SELECT 'free' AS t UNION SELECT cache_tier FROM quotadesk.cache_ttls) tiers;
        RAISE EXCEPTION 'Unknown cache tier "%": use one of %.', coalesce(v_tier, ''), v_tiers USING ERRCODE = 'QD003';
    END IF;

    INSERT INTO quotadesk.plan_limits AS pl (plan, daily_tokens, monthly_tokens, hourly_calls, cache_tier, updated_at)
    VALUES (v_plan, p_daily_tokens, p_monthly_tokens, p_hourly_calls, v_tier, quotadesk.utc_now())
    ON CONFLICT (plan) DO UPDATE
        SET daily_tokens = EXCLUDED.daily_tokens, monthly_tokens = EXCLUDED.monthly_tokens,
            hourly_calls = EXCLUDED.hourly_calls, cache_tier = EXCLUDED.cache_tier, updated_at = EXCLUDED.updated_at;

    RETURN quotadesk.log_action(v_staff, 'quota.plan_limits', 'plan', NULL, jsonb_build_object(
        'plan', v_plan,
        'before', CASE WHEN v_before.plan IS NULL THEN NULL ELSE jsonb_build_object(
            'daily_tokens', v_before.daily_tokens, 'monthly_tokens', v_before.monthly_tokens,
            'hourly_calls', v_before.hourly_calls, 'cache_tier', v_before.cache_tier) END,
        'after', jsonb_build_object(
            'daily_tokens', p_daily_tokens, 'monthly_tokens', p_monthly_tokens,
            'hourly_calls', p_hourly_calls, 'cache_tier', v_tier)));
END
$$;
