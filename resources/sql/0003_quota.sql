-- The quota engine: plan of each user, usage per window, status of one or all users
-- in one set-based query, and the audited reset.

-- Plan of a user: the plan of their active subscription; none (or not active) is freemium.
-- A plan without a limits row gets freemium's limits and limits_known = false.
CREATE VIEW quotadesk.user_limits AS
SELECT u.id AS user_id,
       coalesce(CASE WHEN s.status = 'active' THEN p.plan_type::text END, 'freemium') AS plan,
       s.status::text AS subscription_status,
       (l.plan IS NOT NULL) AS limits_known,
       CASE WHEN l.plan IS NOT NULL THEN l.daily_tokens   ELSE f.daily_tokens   END AS daily_limit,
       CASE WHEN l.plan IS NOT NULL THEN l.monthly_tokens ELSE f.monthly_tokens END AS monthly_limit,
       CASE WHEN l.plan IS NOT NULL THEN l.hourly_calls   ELSE f.hourly_calls   END AS hourly_limit,
       coalesce(l.cache_tier, f.cache_tier) AS cache_tier
FROM public.users u
LEFT JOIN public.subscriptions s ON s.user_id = u.id
LEFT JOIN public.plans p ON p.id = s.plan_id
LEFT JOIN quotadesk.plan_limits l
       ON l.plan = coalesce(CASE WHEN s.status = 'active' THEN p.plan_type::text END, 'freemium')
LEFT JOIN quotadesk.plan_limits f ON f.plan = 'freemium';

-- Status at p_at of one user (p_user) or of everyone (p_user NULL).
-- Windows: day = [UTC midnight, next midnight); month = [1st 00:00, next 1st);
-- hour = (p_at - 60 min, p_at]. Tokens count rows with status 'success'; calls count all.
-- A reset at T restricts its period to rows created after T.
CREATE FUNCTION quotadesk.quota_status(p_at timestamp, p_user integer DEFAULT NULL)
RETURNS TABLE (
    user_id integer, email text, full_name text, is_active boolean,
    plan text, subscription_status text, limits_known boolean,
    daily_used bigint, daily_limit bigint, daily_remaining bigint, daily_percentage integer, daily_level text,
    monthly_used bigint, monthly_limit bigint, monthly_remaining bigint, monthly_percentage integer, monthly_level text,
    hourly_calls bigint, hourly_limit bigint, hourly_remaining bigint, hourly_percentage integer, hourly_level text,
    bad_rows bigint, daily_resets_at text, monthly_resets_at text,
    last_daily_reset text, last_monthly_reset text, last_hourly_reset text)
LANGUAGE sql STABLE AS $$
WITH bounds AS (
    SELECT date_trunc('day', p_at)                        AS day_start,
           date_trunc('day', p_at) + interval '1 day'     AS day_end,
           date_trunc('month', p_at)                      AS month_start,
           date_trunc('month', p_at) + interval '1 month' AS month_end,
           p_at - interval '60 minutes'                   AS hour_start
),
resets AS (
    SELECT r.user_id,
           max(r.reset_at) FILTER (WHERE r.period = 'daily')   AS daily_reset,
           max(r.reset_at) FILTER (WHERE r.period = 'monthly') AS monthly_reset,
           max(r.reset_at) FILTER (WHERE r.period = 'hourly')  AS hourly_reset
    FROM quotadesk.quota_resets r
    WHERE r.reset_at <= p_at AND (p_user IS NULL OR r.user_id = p_user)
    GROUP BY r.user_id
),
usage AS (
    SELECT l.user_id,
           sum(quotadesk.row_tokens(l.total_tokens, l.input_tokens, l.output_tokens)) FILTER (
               WHERE l.status = 'success' AND l.created_at >= b.day_start AND l.created_at < b.day_end
                 AND (r.daily_reset IS NULL OR l.created_at > r.daily_reset))::bigint AS daily_used,
           sum(quotadesk.row_tokens(l.total_tokens, l.input_tokens, l.output_tokens)) FILTER (
               WHERE l.status = 'success' AND l.created_at >= b.month_start AND l.created_at < b.month_end
                 AND (r.monthly_reset IS NULL OR l.created_at > r.monthly_reset))::bigint AS monthly_used,
           count(*) FILTER (
               WHERE l.created_at > b.hour_start AND l.created_at <= p_at
                 AND (r.hourly_reset IS NULL OR l.created_at > r.hourly_reset)) AS hourly_calls,
           count(*) FILTER (
               WHERE quotadesk.raw_tokens(l.total_tokens, l.input_tokens, l.output_tokens) < 0
                 AND l.created_at >= b.month_start AND l.created_at < b.month_end) AS bad_rows
    FROM public.ai_provider_usage_logs l
    CROSS JOIN bounds b
    LEFT JOIN resets r ON r.user_id = l.user_id
    WHERE l.created_at >= least(b.month_start, b.hour_start)
      AND l.created_at < b.month_end
      AND (p_user IS NULL OR l.user_id = p_user)
    GROUP BY l.user_id
),
merged AS (
    SELECT u.id AS user_id, u.email::text AS email, u.full_name::text AS full_name, u.is_active,
           ul.plan, ul.subscription_status, ul.limits_known,
           coalesce(g.daily_used, 0) AS daily_used, ul.daily_limit,
           coalesce(g.monthly_used, 0) AS monthly_used, ul.monthly_limit,
           coalesce(g.hourly_calls, 0) AS hourly_calls, ul.hourly_limit::bigint AS hourly_limit,
           coalesce(g.bad_rows, 0) AS bad_rows,
           r.daily_reset, r.monthly_reset, r.hourly_reset
    FROM public.users u
    JOIN quotadesk.user_limits ul ON ul.user_id = u.id
    LEFT JOIN usage g ON g.user_id = u.id
    LEFT JOIN resets r ON r.user_id = u.id
    WHERE p_user IS NULL OR u.id = p_user
)
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
       quotadesk.iso(b.day_end), quotadesk.iso(b.month_end),
       quotadesk.iso(m.daily_reset), quotadesk.iso(m.monthly_reset), quotadesk.iso(m.hourly_reset)
FROM merged m CROSS JOIN bounds b
$$;

-- Resets one period for several users, all or nothing, each with its audit row.
-- Usage rows are never touched. Returns the ids of the resets.
CREATE FUNCTION quotadesk.admin_reset_quota(p_staff integer, p_users integer[], p_period text,
                                            p_reason text, p_at timestamp DEFAULT NULL)
RETURNS SETOF bigint LANGUAGE plpgsql AS $$
DECLARE
    v_staff integer := quotadesk.require_staff(p_staff);
    v_at timestamp := coalesce(p_at, quotadesk.utc_now());
    v_user integer;
    v_before record;
    v_log integer;
    v_reset bigint;
BEGIN
    IF p_period IS NULL OR p_period NOT IN ('daily', 'monthly', 'hourly') THEN
        RAISE EXCEPTION 'period must be daily, monthly or hourly, not %', coalesce(p_period, 'nothing') USING ERRCODE = 'QD003';
    END IF;
    IF p_reason IS NULL OR btrim(p_reason) = '' THEN
        RAISE EXCEPTION 'a reset needs a reason' USING ERRCODE = 'QD003';
    END IF;
    IF p_users IS NULL OR cardinality(p_users) = 0 THEN
        RAISE EXCEPTION 'no user to reset' USING ERRCODE = 'QD003';
    END IF;
    FOREACH v_user IN ARRAY (SELECT array_agg(DISTINCT x ORDER BY x) FROM unnest(p_users) x) LOOP
        SELECT s.email, s.daily_used, s.monthly_used, s.hourly_calls INTO v_before
        FROM quotadesk.quota_status(v_at, v_user) s;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'no user with id %', v_user USING ERRCODE = 'QD004';
        END IF;
        v_log := quotadesk.log_action(v_staff, 'quota.reset', 'user', v_user, jsonb_build_object(
            'period', p_period, 'reason', btrim(p_reason), 'email', v_before.email,
            'used_before', CASE p_period WHEN 'daily' THEN v_before.daily_used
                                         WHEN 'monthly' THEN v_before.monthly_used
                                         ELSE v_before.hourly_calls END,
            'reset_at', quotadesk.iso(v_at)));
        INSERT INTO quotadesk.quota_resets (user_id, period, reset_at, reset_by, reason, audit_log_id)
        VALUES (v_user, p_period, v_at, v_staff, btrim(p_reason), v_log)
        RETURNING id INTO v_reset;
        RETURN NEXT v_reset;
    END LOOP;
END
$$;
