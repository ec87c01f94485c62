-- Monthly budgets (overall and per plan) and the alerts staff and cron jobs act on.

-- A monthly AI budget in US cents: scope 'all' for every call, else a plan (the calls of
-- users whose plan is that now). Set by admins only, audited ('cost.budget').
CREATE TABLE quotadesk.cost_budgets (
    scope       text PRIMARY KEY CHECK (btrim(scope) <> ''),
    cents       bigint NOT NULL CHECK (cents > 0),
    updated_at  timestamp NOT NULL DEFAULT (now() AT TIME ZONE 'UTC'),
    updated_by  integer REFERENCES public.users(id)
);

-- What the alerts compare with; a DBA may change them (UPDATE ... SET value).
CREATE TABLE quotadesk.alert_thresholds (
    name   text PRIMARY KEY,
    value  numeric NOT NULL,
    note   text NOT NULL
);
INSERT INTO quotadesk.alert_thresholds VALUES
    ('cache_hit_rate_target', 0.60, 'alert when today''s hit rate is below this share (0..1)'),
    ('cache_hit_rate_min_lookups', 100, 'but only once today has at least this many lookups'),
    ('expired_cache_rows', 10000, 'alert when more expired cache rows than this wait for a clean-up');

-- Alerts already sent to a webhook target, so each goes out once.
CREATE TABLE quotadesk.alert_deliveries (
    alert_key     text NOT NULL,
    target        text NOT NULL, -- the webhook URL's digest (SHA-256, hex): no URL with a secret in it is kept
    delivered_at  timestamp NOT NULL DEFAULT (now() AT TIME ZONE 'UTC'),
    PRIMARY KEY (alert_key, target)
);

-- Sets (or, with p_cents NULL, removes) the monthly budget of p_scope ('all' or a plan).
CREATE FUNCTION quotadesk.admin_set_budget(p_staff integer, p_scope text, p_cents bigint, p_action uuid DEFAULT NULL)
RETURNS integer LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, public, quotadesk, pg_temp AS $$
DECLARE
    v_staff integer := quotadesk.acting_staff(p_staff);
    v_action uuid := coalesce(p_action, gen_random_uuid());
    v_scope text := coalesce(nullif(btrim(p_scope), ''), 'all');
    v_before bigint;
    v_done jsonb;
    v_log integer;
BEGIN
    IF p_cents IS NOT NULL AND p_cents <= 0 THEN
        RAISE EXCEPTION 'A budget must be more than $0 (or removed), not % cents.', p_cents USING ERRCODE = 'QD003';
    END IF;
    IF v_scope <> 'all' AND NOT EXISTS (SELECT 1 FROM quotadesk.applied_plan_limits a WHERE a.plan = v_scope) THEN
        RAISE EXCEPTION 'Unknown plan "%": a budget is for all calls or for a plan.', v_scope USING ERRCODE = 'QD003';
    END IF;
    v_done := quotadesk.claim_action(v_action, 1, 'cost.budget', jsonb_build_object('scope', v_scope, 'cents', p_cents), v_staff);
    IF v_done IS NOT NULL THEN
        RETURN (v_done->>'log_id')::integer;
    END IF;
    SELECT b.cents INTO v_before FROM quotadesk.cost_budgets b WHERE b.scope = v_scope FOR UPDATE;
    IF p_cents IS NULL THEN
        DELETE FROM quotadesk.cost_budgets b WHERE b.scope = v_scope;
    ELSE
        INSERT INTO quotadesk.cost_budgets AS b (scope, cents, updated_at, updated_by)
        VALUES (v_scope, p_cents, quotadesk.utc_now(), v_staff)
        ON CONFLICT (scope) DO UPDATE SET cents = EXCLUDED.cents, updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by;
    END IF;
    v_log := quotadesk.log_action(v_staff, 'cost.budget', 'budget', NULL, jsonb_build_object(
        'scope', v_scope, 'before_cents', v_before, 'after_cents', p_cents), v_action);
    PERFORM quotadesk.finish_action(v_action, 1, jsonb_build_object('log_id', v_log));
    RETURN v_log;
END
$$;

-- Each budget against its month: spent so far, the projection (cost_month), and the
-- projection's share of the budget.
CREATE FUNCTION quotadesk.budget_status(p_at timestamp)
RETURNS TABLE (scope text, budget_cents bigint, month_to_date_cents bigint, projected_month_cents bigint, projected_share numeric)
LANGUAGE sql STABLE AS $$
    SELECT b.scope, b.cents, m.month_to_date_cents, m.projected_month_cents,
           round(m.projected_month_cents::numeric / b.cents, 4)
    FROM quotadesk.cost_budgets b
    CROSS JOIN LATERAL quotadesk.cost_month(p_at, nullif(b.scope, 'all')) m
    ORDER BY b.scope = 'all' DESC, b.scope
$$;

-- The alerts active at p_at, each with a key that names it for delivery: a budget the
-- month's projection passes (per scope and month); a user at exceeded today (per user
-- and day); today's cache hit rate under its target; expired cache rows past the
-- threshold (per day).
CREATE FUNCTION quotadesk.active_alerts(p_at timestamp)
RETURNS TABLE (alert_key text, kind text, severity text, subject text, figure numeric, threshold numeric)
LANGUAGE sql STABLE AS $$
    WITH t AS (SELECT coalesce(p_at, quotadesk.utc_now()) AS at),
    th AS (SELECT
        (SELECT value FROM quotadesk.alert_thresholds WHERE name = 'cache_hit_rate_target') AS hit_target,
        (SELECT value FROM quotadesk.alert_thresholds WHERE name = 'cache_hit_rate_min_lookups') AS min_lookups,
        (SELECT value FROM quotadesk.alert_thresholds WHERE name = 'expired_cache_rows') AS expired_max)
    SELECT format('budget:%s:%s', s.scope, to_char(t.at, 'YYYY-MM')), 'budget',
           CASE WHEN s.projected_share > 1 THEN 'critical' ELSE 'warning' END,
           s.scope, s.projected_month_cents::numeric, s.budget_cents::numeric
    FROM t CROSS JOIN LATERAL quotadesk.budget_status(t.at) s
    WHERE s.projected_share > 1
    UNION ALL
    SELECT format('user_exceeded:%s:%s', q.user_id, to_char(t.at, 'YYYY-MM-DD')), 'user_exceeded', 'warning',
           q.email, q.daily_percentage::numeric, 95
    FROM t CROSS JOIN LATERAL quotadesk.quota_status(t.at) q
    WHERE q.daily_level = 'exceeded'
    UNION ALL
    SELECT format('cache_hit_rate:%s', to_char(t.at, 'YYYY-MM-DD')), 'cache_hit_rate', 'warning',
           'cache', round(h.hits::numeric / (h.hits + h.misses), 4), th.hit_target
    FROM t CROSS JOIN th
    CROSS JOIN LATERAL (SELECT coalesce(sum(k.hits), 0) AS hits, coalesce(sum(k.misses), 0) AS misses
                        FROM quotadesk.cache_lookups k
                        WHERE k.bucket >= date_trunc('day', t.at) AND k.bucket <= t.at) h
    WHERE h.hits + h.misses >= th.min_lookups AND h.hits::numeric / (h.hits + h.misses) < th.hit_target
    UNION ALL
    SELECT format('expired_cache_rows:%s', to_char(t.at, 'YYYY-MM-DD')), 'expired_cache_rows', 'warning',
           'cache', e.n::numeric, th.expired_max
    FROM t CROSS JOIN th
    CROSS JOIN LATERAL (SELECT count(*) AS n FROM public.ai_cache c WHERE c.expires_at <= t.at) e
    WHERE e.n > th.expired_max
$$;

-- Notes alerts as delivered to a target (a webhook URL's digest); returns how many were new.
-- Readers may call it: it records that a message went out, nothing more.
CREATE FUNCTION quotadesk.record_alert_delivery(p_keys text[], p_target text)
RETURNS integer LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, public, quotadesk, pg_temp AS $$
DECLARE
    v_new integer;
BEGIN
    INSERT INTO quotadesk.alert_deliveries (alert_key, target)
    SELECT DISTINCT k, p_target FROM unnest(p_keys) k WHERE k IS NOT NULL
    ON CONFLICT DO NOTHING;
    GET DIAGNOSTICS v_new = ROW_COUNT;
    RETURN v_new;
END
$$;

-- Rights, as in 0017: the functions run as the owner role, which alone writes the tables.
DO $$
DECLARE
    v_fn text;
BEGIN
    FOREACH v_fn IN ARRAY ARRAY['quotadesk.admin_set_budget(integer, text, bigint, uuid)', 'quotadesk.budget_status(timestamp)',
                                'quotadesk.active_alerts(timestamp)', 'quotadesk.record_alert_delivery(text[], text)'] LOOP
        EXECUTE format('ALTER FUNCTION %s OWNER TO quotadesk_owner', v_fn);
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', v_fn);
    END LOOP;
END
$$;
REVOKE ALL ON quotadesk.cost_budgets, quotadesk.alert_thresholds, quotadesk.alert_deliveries FROM PUBLIC;
GRANT SELECT, INSERT, UPDATE, DELETE ON quotadesk.cost_budgets TO quotadesk_owner;
GRANT SELECT ON quotadesk.alert_thresholds TO quotadesk_owner;
GRANT SELECT, INSERT ON quotadesk.alert_deliveries TO quotadesk_owner;
GRANT SELECT ON quotadesk.cost_budgets, quotadesk.alert_thresholds, quotadesk.alert_deliveries TO quotadesk_viewer;
GRANT EXECUTE ON FUNCTION quotadesk.budget_status(timestamp), quotadesk.active_alerts(timestamp),
                          quotadesk.record_alert_delivery(text[], text) TO quotadesk_viewer;
GRANT EXECUTE ON FUNCTION quotadesk.admin_set_budget(integer, text, bigint, uuid) TO quotadesk_admin;
