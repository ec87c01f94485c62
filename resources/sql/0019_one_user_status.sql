-- One user's status on the hot path (quotadesk-server's check and status, the user panel,
-- quotactl status): quota_status(p_at, p_user) inlines into the caller's query and is
-- planned on every call (2-4 ms, most of it planning), because "p_user IS NULL OR ..."
-- cannot be planned once for every user.
--
-- quota_status_one: the same columns and values as quota_status(p_at, p_user), from the
-- same rules (user_plans and applied_plan_limits, which make user_limits; latest_resets,
-- usage_at, remaining, percentage, warning_level, iso), in PL/pgSQL: each statement names exactly one user, so its plan is made once per
-- session and kept (plan_cache_mode), and reads the (user_id, created_at) index rather
-- than a bitmap of every user's last hour (enable_bitmapscan). The tests compare it with
-- quota_status() for every user.

-- Its input is plain values: the ISO text now inlines into the caller's query (to_char is
-- STABLE, which made the IMMUTABLE wrapper a separate function call per statement).
CREATE OR REPLACE FUNCTION quotadesk.iso(ts timestamp) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN isfinite(ts) THEN to_char(ts, 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
                WHEN ts > '2000-01-01'::timestamp THEN 'infinity'
                WHEN ts < '2000-01-01'::timestamp THEN '-infinity' END
$$;

-- A SQL function with a subquery is never inlined, and was planned again in every
-- statement that called it; PL/pgSQL keeps its plan for the session.
CREATE OR REPLACE FUNCTION quotadesk.usage_counters_ready() RETURNS boolean LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
BEGIN
    RETURN coalesce((SELECT s.backfilled_through >= s.watermark FROM quotadesk.usage_counter_state s), false);
END
$$;

-- The user filter as a range (as in usage_counted), so that a plan kept for one user
-- still reads the (user_id, ...) index.
CREATE OR REPLACE FUNCTION quotadesk.latest_resets(p_at timestamp, p_user integer)
RETURNS TABLE (user_id integer, daily_reset timestamp, monthly_reset timestamp, hourly_reset timestamp)
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT r.user_id,
           max(r.reset_at) FILTER (WHERE r.period = 'daily'),
           max(r.reset_at) FILTER (WHERE r.period = 'monthly'),
           max(r.reset_at) FILTER (WHERE r.period = 'hourly')
    FROM quotadesk.quota_resets r
    WHERE r.reset_at <= p_at
      AND r.user_id BETWEEN coalesce(p_user, -2147483648) AND coalesce(p_user, 2147483647)
    GROUP BY r.user_id
$$;

-- The plan of each user, apart from its limits: user_limits computed the limits of every
-- plan (applied_plan_limits) to answer for one user. Same rule as 0008, now in one place
-- that both read.
CREATE VIEW quotadesk.user_plans AS
WITH sub AS (
    SELECT DISTINCT ON (s.user_id) s.user_id, s.status::text AS status, p.plan_type::text AS plan_type
    FROM public.subscriptions s
    JOIN public.plans p ON p.id = s.plan_id
    ORDER BY s.user_id, coalesce(s.status = 'active', false) DESC, s.id DESC
)
SELECT u.id AS user_id, sub.status AS subscription_status,
       coalesce(CASE WHEN sub.status = 'active' THEN sub.plan_type END, 'freemium') AS plan
FROM public.users u
LEFT JOIN sub ON sub.user_id = u.id;

-- user_limits as in 0008 (same columns, same values), from user_plans.
CREATE OR REPLACE VIEW quotadesk.user_limits AS
SELECT up.user_id, up.plan, up.subscription_status,
       a.has_row AS limits_known,
       a.daily_tokens AS daily_limit,
       a.monthly_tokens AS monthly_limit,
       a.hourly_calls::bigint AS hourly_limit,
       a.cache_tier
FROM quotadesk.user_plans up
LEFT JOIN quotadesk.applied_plan_limits a ON a.plan = up.plan;

GRANT SELECT ON quotadesk.user_plans TO quotadesk_owner, quotadesk_viewer, quotadesk_service;

CREATE FUNCTION quotadesk.quota_status_one(p_at timestamp, p_user integer)
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
    v_plan text;
    v_day_end timestamp := date_trunc('day', v_at) + interval '1 day';
    v_month_end timestamp := date_trunc('month', v_at) + interval '1 month';
    v_daily_reset timestamp;
    v_monthly_reset timestamp;
    v_hourly_reset timestamp;
BEGIN
    SELECT u.id, u.email::text, u.full_name::text, u.is_active, up.plan, up.subscription_status
      INTO user_id, email, full_name, is_active, v_plan, subscription_status
      FROM public.users u
      JOIN quotadesk.user_plans up ON up.user_id = u.id
     WHERE u.id = p_user;
    IF NOT FOUND THEN
        RETURN; -- no row for an unknown user, as quota_status()
    END IF;
    plan := v_plan;
    -- user_limits' join, for one plan: no row leaves the limits NULL, as its LEFT JOIN.
    SELECT a.has_row, a.daily_tokens, a.monthly_tokens, a.hourly_calls::bigint
      INTO limits_known, daily_limit, monthly_limit, hourly_limit
      FROM quotadesk.applied_plan_limits a
     WHERE a.plan = v_plan;
    SELECT r.daily_reset, r.monthly_reset, r.hourly_reset
      INTO v_daily_reset, v_monthly_reset, v_hourly_reset
      FROM quotadesk.latest_resets(v_at, p_user) r;
    SELECT coalesce(g.daily_used, 0), coalesce(g.monthly_used, 0), coalesce(g.hourly_calls, 0), coalesce(g.bad_rows, 0)
      INTO daily_used, monthly_used, hourly_calls, bad_rows
      FROM (SELECT 1) one
      LEFT JOIN quotadesk.usage_at(v_at, p_user) g ON true;
    daily_remaining := quotadesk.remaining(daily_used, daily_limit);
    daily_percentage := quotadesk.percentage(daily_used, daily_limit);
    daily_level := quotadesk.warning_level(daily_percentage);
    monthly_remaining := quotadesk.remaining(monthly_used, monthly_limit);
    monthly_percentage := quotadesk.percentage(monthly_used, monthly_limit);
    monthly_level := quotadesk.warning_level(monthly_percentage);
    hourly_remaining := quotadesk.remaining(hourly_calls, hourly_limit);
    hourly_percentage := quotadesk.percentage(hourly_calls, hourly_limit);
    hourly_level := quotadesk.warning_level(hourly_percentage);
    daily_resets_at := quotadesk.iso(v_day_end);
    monthly_resets_at := quotadesk.iso(v_month_end);
    last_daily_reset := quotadesk.iso(v_daily_reset);
    last_monthly_reset := quotadesk.iso(v_monthly_reset);
    last_hourly_reset := quotadesk.iso(v_hourly_reset);
    evaluated_at := quotadesk.iso(v_at);
    RETURN NEXT;
END
$$;

ALTER FUNCTION quotadesk.quota_status_one(timestamp, integer) OWNER TO quotadesk_owner;
REVOKE ALL ON FUNCTION quotadesk.quota_status_one(timestamp, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION quotadesk.quota_status_one(timestamp, integer) TO quotadesk_viewer, quotadesk_service;
