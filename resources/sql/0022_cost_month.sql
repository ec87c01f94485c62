-- The month's spend at a glance (the Costs page, budgets): month to date, the same point
-- of last month, the projected month end, failed calls' share and the cache's savings;
-- of every call, or of the calls of users whose plan (now) is p_plan.
--
-- Projected month end = month to date + what the rest of the month is expected to cost:
-- each remaining day at the average spend of its weekday over the last 28 full UTC days
-- (four of each weekday, days without calls as 0), and the rest of today at its
-- weekday's average times the part of the day still to come.
CREATE FUNCTION quotadesk.cost_month(p_at timestamp, p_plan text DEFAULT NULL)
RETURNS TABLE (evaluated_at timestamp, month_to_date_cents bigint, last_month_same_point_cents bigint,
               projected_month_cents bigint, failed_month_cents bigint, cache_saved_month_usd numeric)
LANGUAGE sql STABLE AS $$
    WITH b AS (
        SELECT t.at, date_trunc('month', t.at) AS m0, date_trunc('month', t.at) + interval '1 month' AS m1,
               date_trunc('day', t.at) AS d0
        FROM (SELECT coalesce(p_at, quotadesk.utc_now()) AS at) t
    ),
    planned AS (
        -- The users the figures are about: everyone, or those whose plan is p_plan.
        SELECT up.user_id FROM quotadesk.user_plans up WHERE up.plan = p_plan
    ),
    month AS (
        SELECT coalesce(sum(quotadesk.row_cost_cents(l.estimated_cost_usd)), 0)::bigint AS cents,
               coalesce(sum(quotadesk.row_cost_cents(l.estimated_cost_usd)) FILTER (WHERE l.status IN ('error', 'timeout')), 0)::bigint AS failed
        FROM b JOIN public.ai_provider_usage_logs l ON l.created_at >= b.m0 AND l.created_at <= b.at
        WHERE p_plan IS NULL OR l.user_id IN (SELECT p.user_id FROM planned p)
    ),
    last_month AS (
        -- PostgreSQL clamps: March 31 minus a month is the last day of February.
        SELECT coalesce(sum(quotadesk.row_cost_cents(l.estimated_cost_usd)), 0)::bigint AS cents
        FROM b JOIN public.ai_provider_usage_logs l
             ON l.created_at >= b.m0 - interval '1 month' AND l.created_at <= b.at - interval '1 month'
        WHERE p_plan IS NULL OR l.user_id IN (SELECT p.user_id FROM planned p)
    ),
    recent AS (
        SELECT l.created_at::date AS day, sum(quotadesk.row_cost_cents(l.estimated_cost_usd)) AS cents
        FROM b JOIN public.ai_provider_usage_logs l ON l.created_at >= b.d0 - interval '28 days' AND l.created_at < b.d0
        WHERE p_plan IS NULL OR l.user_id IN (SELECT p.user_id FROM planned p)
        GROUP BY 1
    ),
    weekday AS (
        SELECT extract(isodow FROM g.day) AS dow, avg(coalesce(r.cents, 0)) AS cents
        FROM b CROSS JOIN generate_series(b.d0 - interval '28 days', b.d0 - interval '1 day', interval '1 day') g(day)
        LEFT JOIN recent r ON r.day = g.day::date
        GROUP BY 1
    ),
    rest AS (
        SELECT coalesce(sum(w.cents * CASE WHEN g.day = b.d0 THEN 1 - extract(epoch FROM b.at - b.d0) / 86400 ELSE 1 END), 0) AS cents
        FROM b CROSS JOIN generate_series(b.d0, b.m1 - interval '1 day', interval '1 day') g(day)
        JOIN weekday w ON w.dow = extract(isodow FROM g.day)
    ),
    saved AS (
        SELECT coalesce(sum(k.hits * s.saved_usd), 0) AS usd
        FROM b JOIN quotadesk.cache_lookups k ON k.bucket >= b.m0 AND k.bucket <= b.at
        JOIN quotadesk.cache_hit_savings s ON s.cache_type = k.cache_type
    )
    SELECT b.at, month.cents, last_month.cents, month.cents + round(rest.cents)::bigint, month.failed, saved.usd
    FROM b, month, last_month, rest, saved
$$;

ALTER FUNCTION quotadesk.cost_month(timestamp, text) OWNER TO quotadesk_owner;
REVOKE ALL ON FUNCTION quotadesk.cost_month(timestamp, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION quotadesk.cost_month(timestamp, text) TO quotadesk_viewer;
