-- The hot path, leaner: quota_status_one spent most of its time starting the executor of
-- usage_counted's generic plan (six UNION ALL branches, three lateral usage_between for
-- resets, a sort and an aggregate) for one user, on every call.
--
-- usage_one: one user's usage at p_at from the counters in three small statements, for the
-- common case where no daily or monthly reset falls inside the day's or month's window
-- (the caller checks that). The rules are usage_counted's, for one user, with
-- D = p_at's UTC midnight and M its month's first day:
--   day     = daily counter of D                                  - tail
--   month   = monthly counter of M - daily counters after D (in M) - tail
--   tail    = success rows in (p_at, D + 1 day) (future-dated rows at p_at = now)
--   hour    = rows of any status in (p_at - 60 minutes, p_at] after the last hourly reset
--   bad_rows: the month window's (it holds the day's when no reset is inside either)
-- The tests compare quota_status_one with the raw-row oracle (quota_status_raw) after
-- random writes and resets of every period.
-- No SET clauses: called from quota_status_one, it runs under that function's settings
-- (generic plans kept for the session, index scans on (user_id, created_at)).
CREATE FUNCTION quotadesk.usage_one(p_at timestamp, p_user integer, p_hourly_reset timestamp,
                                    OUT daily_used bigint, OUT monthly_used bigint,
                                    OUT hourly_calls bigint, OUT bad_rows bigint)
LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
DECLARE
    v_day date := p_at::date;
    v_month date := date_trunc('month', p_at)::date;
    v_next_month date := (date_trunc('month', p_at) + interval '1 month')::date;
    v_day_tokens bigint;
    v_later_tokens bigint;
    v_later_bad bigint;
    v_month_tokens bigint;
    v_month_bad bigint;
    v_tail_tokens bigint;
    v_tail_bad bigint;
BEGIN
    SELECT coalesce(sum(d.tokens) FILTER (WHERE d.day = v_day), 0),
           coalesce(sum(d.tokens) FILTER (WHERE d.day > v_day), 0),
           coalesce(sum(d.bad_rows) FILTER (WHERE d.day > v_day), 0)
      INTO v_day_tokens, v_later_tokens, v_later_bad
      FROM quotadesk.usage_daily d
     WHERE d.user_id = p_user AND d.day >= v_day AND d.day < v_next_month;

    SELECT coalesce(sum(m.tokens), 0), coalesce(sum(m.bad_rows), 0)
      INTO v_month_tokens, v_month_bad
      FROM quotadesk.usage_monthly m
     WHERE m.user_id = p_user AND m.month = v_month;

    -- One range scan of the user's raw rows covers the hour and the tail.
    SELECT count(*) FILTER (WHERE l.created_at <= p_at),
           coalesce(sum(quotadesk.row_tokens(l.total_tokens, l.input_tokens, l.output_tokens))
                        FILTER (WHERE l.created_at > p_at AND l.status = 'success'), 0),
           count(*) FILTER (WHERE l.created_at > p_at AND l.status = 'success'
                              AND quotadesk.raw_tokens(l.total_tokens, l.input_tokens, l.output_tokens) < 0)
      INTO hourly_calls, v_tail_tokens, v_tail_bad
      FROM public.ai_provider_usage_logs l
     WHERE l.user_id = p_user
       AND l.created_at > greatest(p_at - interval '60 minutes', coalesce(p_hourly_reset, '-infinity'::timestamp))
       AND l.created_at < date_trunc('day', p_at) + interval '1 day';

    daily_used := v_day_tokens - v_tail_tokens;
    monthly_used := v_month_tokens - v_later_tokens - v_tail_tokens;
    bad_rows := v_month_bad - v_later_bad - v_tail_bad;
END
$$;

ALTER FUNCTION quotadesk.usage_one(timestamp, integer, timestamp) OWNER TO quotadesk_owner;
REVOKE ALL ON FUNCTION quotadesk.usage_one(timestamp, integer, timestamp) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION quotadesk.usage_one(timestamp, integer, timestamp)
    TO quotadesk_owner, quotadesk_viewer, quotadesk_service;

-- The limits that apply to a plan, as 0008 defined them: its own row, else freemium's
-- (has_row = false). Now a function of the plan, so that one user's lookup reads two rows
-- of plan_limits; applied_plan_limits applies it to every known plan, with the same
-- columns and values as before. (Joined to a user's plan, the view made a generic plan
-- that hashed every known plan on each call.) Inlined into the caller's query.
CREATE FUNCTION quotadesk.limits_of_plan(p_plan text)
RETURNS TABLE (has_row boolean, daily_tokens bigint, monthly_tokens bigint, hourly_calls integer,
               cache_tier text, updated_at timestamp)
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT (l.plan IS NOT NULL),
           CASE WHEN l.plan IS NOT NULL THEN l.daily_tokens   ELSE f.daily_tokens   END,
           CASE WHEN l.plan IS NOT NULL THEN l.monthly_tokens ELSE f.monthly_tokens END,
           CASE WHEN l.plan IS NOT NULL THEN l.hourly_calls   ELSE f.hourly_calls   END,
           coalesce(l.cache_tier, f.cache_tier),
           l.updated_at
    FROM (SELECT 1) one
    LEFT JOIN quotadesk.plan_limits l ON l.plan = p_plan
    LEFT JOIN quotadesk.plan_limits f ON f.plan = 'freemium'
$$;

CREATE OR REPLACE VIEW quotadesk.applied_plan_limits AS
WITH known AS (
    SELECT l.plan FROM quotadesk.plan_limits l
    UNION
    SELECT e.enumlabel::text FROM pg_catalog.pg_enum e WHERE e.enumtypid = to_regtype('public.plan_type_enum')
    UNION
    SELECT p.plan_type::text FROM public.plans p -- every plan a subscription can name
)
SELECT k.plan, a.has_row, a.daily_tokens, a.monthly_tokens, a.hourly_calls, a.cache_tier, a.updated_at
FROM known k
CROSS JOIN LATERAL quotadesk.limits_of_plan(k.plan) a;

ALTER FUNCTION quotadesk.limits_of_plan(text) OWNER TO quotadesk_owner;
REVOKE ALL ON FUNCTION quotadesk.limits_of_plan(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION quotadesk.limits_of_plan(text) TO quotadesk_owner, quotadesk_viewer, quotadesk_service;

-- quota_status_one as in 0019, with its reads in one statement (the user, the plan, its
-- limits and the latest resets), and usage_one when the counters are complete and no
-- daily or monthly reset falls inside the current window; usage_at (the general rules)
-- otherwise. A user's plan is always a known one (applied_plan_limits): a plans.plan_type
-- or freemium, both labels of plan_type_enum.
CREATE OR REPLACE FUNCTION quotadesk.quota_status_one(p_at timestamp, p_user integer)
RETURNS TABLE (
    user_id integer, email text, full_name text, is_active boolean,
    plan text, subscription_status text, limits_known boolean,
    daily_used bigint, daily_limit bigint, daily_remaining bigint, daily_percentage integer, daily_level text,
    monthly_used bigint, monthly_limit bigint, monthly_remaining bigint, monthly_percentage integer, monthly_level text,
    hourly_calls bigint, hourly_limit bigint, hourly_remaining bigint, hourly_percentage integer, hourly_level text,
    bad_rows bigint, daily_resets_at text, monthly_resets_at text,
    last_daily_reset text, last_monthly_reset text, last_hourly_reset text, evaluated_at text)
LANGUAGE plpgsql STABLE
SET plan_cache_mode = force_generic_plan
SET enable_bitmapscan = off
AS $$
#variable_conflict use_column
DECLARE
    v_at timestamp := coalesce(p_at, quotadesk.utc_now());
    v_day timestamp := date_trunc('day', v_at);
    v_month timestamp := date_trunc('month', v_at);
    v_daily_reset timestamp;
    v_monthly_reset timestamp;
    v_hourly_reset timestamp;
BEGIN
    SELECT u.id, u.email::text, u.full_name::text, u.is_active, up.plan, up.subscription_status,
           a.has_row, a.daily_tokens, a.monthly_tokens, a.hourly_calls::bigint,
           r.daily_reset, r.monthly_reset, r.hourly_reset
      INTO user_id, email, full_name, is_active, plan, subscription_status,
           limits_known, daily_limit, monthly_limit, hourly_limit,
           v_daily_reset, v_monthly_reset, v_hourly_reset
      FROM public.users u
      JOIN quotadesk.user_plans up ON up.user_id = u.id
      CROSS JOIN LATERAL quotadesk.limits_of_plan(up.plan) a
      LEFT JOIN quotadesk.latest_resets(v_at, p_user) r ON true
     WHERE u.id = p_user;
    IF NOT FOUND THEN
        RETURN; -- no row for an unknown user, as quota_status()
    END IF;
    IF isfinite(v_at)
       AND (v_daily_reset IS NULL OR v_daily_reset < v_day)
       AND (v_monthly_reset IS NULL OR v_monthly_reset < v_month)
       AND quotadesk.usage_counters_ready() THEN
        SELECT g.daily_used, g.monthly_used, g.hourly_calls, g.bad_rows
          INTO daily_used, monthly_used, hourly_calls, bad_rows
          FROM quotadesk.usage_one(v_at, p_user, v_hourly_reset) g;
    ELSE
        SELECT coalesce(g.daily_used, 0), coalesce(g.monthly_used, 0), coalesce(g.hourly_calls, 0), coalesce(g.bad_rows, 0)
          INTO daily_used, monthly_used, hourly_calls, bad_rows
          FROM (SELECT 1) one
          LEFT JOIN quotadesk.usage_at(v_at, p_user) g ON true;
    END IF;
    daily_remaining := quotadesk.remaining(daily_used, daily_limit);
    daily_percentage := quotadesk.percentage(daily_used, daily_limit);
    daily_level := quotadesk.warning_level(daily_percentage);
    monthly_remaining := quotadesk.remaining(monthly_used, monthly_limit);
    monthly_percentage := quotadesk.percentage(monthly_used, monthly_limit);
    monthly_level := quotadesk.warning_level(monthly_percentage);
    hourly_remaining := quotadesk.remaining(hourly_calls, hourly_limit);
    hourly_percentage := quotadesk.percentage(hourly_calls, hourly_limit);
    hourly_level := quotadesk.warning_level(hourly_percentage);
    daily_resets_at := quotadesk.iso(v_day + interval '1 day');
    monthly_resets_at := quotadesk.iso(v_month + interval '1 month');
    last_daily_reset := quotadesk.iso(v_daily_reset);
    last_monthly_reset := quotadesk.iso(v_monthly_reset);
    last_hourly_reset := quotadesk.iso(v_hourly_reset);
    evaluated_at := quotadesk.iso(v_at);
    RETURN NEXT;
END
$$;
