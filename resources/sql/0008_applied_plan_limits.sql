-- The limits that apply to each plan, defined once: its own row, else freemium's (a plan
-- without a limits row is flagged, has_row = false). The plan of every user
-- (user_limits) and the plan-limits editor both read it.
CREATE VIEW quotadesk.applied_plan_limits AS
WITH known AS (
    SELECT l.plan FROM quotadesk.plan_limits l
    UNION
    SELECT e.enumlabel::text FROM pg_catalog.pg_enum e WHERE e.enumtypid = to_regtype('public.plan_type_enum')
    UNION
    SELECT p.plan_type::text FROM public.plans p -- every plan a subscription can name
)
SELECT k.plan,
       (l.plan IS NOT NULL) AS has_row,
       CASE WHEN l.plan IS NOT NULL THEN l.daily_tokens   ELSE f.daily_tokens   END AS daily_tokens,
       CASE WHEN l.plan IS NOT NULL THEN l.monthly_tokens ELSE f.monthly_tokens END AS monthly_tokens,
       CASE WHEN l.plan IS NOT NULL THEN l.hourly_calls   ELSE f.hourly_calls   END AS hourly_calls,
       coalesce(l.cache_tier, f.cache_tier) AS cache_tier,
       l.updated_at
FROM known k
LEFT JOIN quotadesk.plan_limits l ON l.plan = k.plan
LEFT JOIN quotadesk.plan_limits f ON f.plan = 'freemium';

-- user_limits as in 0003 (same columns), its limits now from applied_plan_limits.
CREATE OR REPLACE VIEW quotadesk.user_limits AS
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
       a.has_row AS limits_known,
       a.daily_tokens AS daily_limit,
       a.monthly_tokens AS monthly_limit,
       a.hourly_calls::bigint AS hourly_limit,
       a.cache_tier
FROM planned pl
LEFT JOIN quotadesk.applied_plan_limits a ON a.plan = pl.plan;
