-- Cost per user and UTC day: the per-plan figures of the Costs page from rollups too.
--
-- After 0026 the page's default view loads in about half a second at 100,000 users and 5M
-- rows a month, but every figure split by plan by day read raw usage rows: the daily spend
-- stacked by plan, a plan's last month to the same point and its 28-day weekday profile
-- (cost_month with a plan: each per-plan budget), and the part-month days of cost_by_user
-- (quotactl costs --by plan/user). At 2 % paid users these took 1.1 to 1.7 s each. The plan
-- is the user's plan now (a plan change moves the user's whole history), so no per-plan
-- daily rollup can be kept by triggers on the usage log; a per-user daily one can:
--   cost_daily_user (user, UTC day) -> calls, tokens, cents, failed cents
-- with the rules of 0026 (row_tokens, row_cost_cents, call_failed), kept by 0026's
-- triggers, now with a third upsert after cost_daily and cost_monthly_user (the same lock
-- order everywhere). Its rows are active user-days, as usage_daily's (0012).
--
-- What reads it, once the rollups are complete:
--   a plan's days (the daily spend by plan; a plan's last-month point and 28-day profile):
--     the rows of the users of the paid plans, by the (user_id, day) key, whatever their
--     number; freemium, the plan of everyone else, is cost_daily less those rows;
--   cost_by_user: whole months from cost_monthly_user, the days of a part month from this
--     table (or the month less the days outside the range, whichever is fewer days).
-- Raw rows are still read for the part of one day where a range ends inside it (cost_month:
-- the calls after p_at in its day; last month's same point), by the paid users' index.
--
-- Existing databases: the three rollups start again. This migration truncates them and
-- sets a new watermark under the same short lock as 0026, and the Migrator's cost backfill
-- (quotactl migrate) rolls every existing row up into all three; readers read the raw rows
-- until it is complete, as after 0026. One state, one backfill, one rule for what is counted.

CREATE TABLE quotadesk.cost_daily_user (
    user_id      integer,
    day          date,
    calls        bigint NOT NULL DEFAULT 0,
    tokens       bigint NOT NULL DEFAULT 0,
    cents        bigint NOT NULL DEFAULT 0,
    failed_cents bigint NOT NULL DEFAULT 0,
    CONSTRAINT cost_daily_user_key UNIQUE NULLS NOT DISTINCT (user_id, day)
) WITH (fillfactor = 80); -- room for HOT updates: an upsert changes no indexed column
-- Part months of every user (cost_by_user) read days, not users.
CREATE INDEX cost_daily_user_day ON quotadesk.cost_daily_user (day);

-- The triggers of 0026 (attached to the usage log there), with the per-user day upsert.

CREATE OR REPLACE FUNCTION quotadesk.cost_rollups_insert() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    v_mark bigint;
    v_through bigint;
BEGIN
    SELECT s.watermark, s.backfilled_through INTO v_mark, v_through FROM quotadesk.cost_rollup_state s;
    IF v_through < v_mark THEN -- a backfill is due: is any new row's id one it has yet to count?
        IF EXISTS (SELECT 1 FROM new_rows n WHERE n.id <= v_mark AND n.id > v_through) THEN
            PERFORM pg_catalog.pg_advisory_xact_lock_shared(quotadesk.cost_rollup_lock());
            SELECT s.watermark, s.backfilled_through INTO v_mark, v_through FROM quotadesk.cost_rollup_state s;
        END IF;
    END IF;

    INSERT INTO quotadesk.cost_daily AS c (day, provider_config_id, task_type, failed, shard, calls, tokens, cents)
    SELECT n.created_at::date, n.provider_config_id, n.task_type::text, quotadesk.call_failed(n.status::text), quotadesk.cost_shard(n.user_id),
           count(*), sum(quotadesk.row_tokens(n.total_tokens, n.input_tokens, n.output_tokens))::bigint,
           sum(quotadesk.row_cost_cents(n.estimated_cost_usd))::bigint
    FROM new_rows n
    WHERE n.id > v_mark OR n.id <= v_through
    GROUP BY 1, 2, 3, 4, 5
    ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (day, provider_config_id, task_type, failed, shard) DO UPDATE
        SET calls = c.calls + EXCLUDED.calls, tokens = c.tokens + EXCLUDED.tokens, cents = c.cents + EXCLUDED.cents;

    INSERT INTO quotadesk.cost_monthly_user AS c (month, user_id, calls, tokens, cents, failed_cents)
    SELECT date_trunc('month', n.created_at)::date, n.user_id,
           count(*), sum(quotadesk.row_tokens(n.total_tokens, n.input_tokens, n.output_tokens))::bigint,
           sum(quotadesk.row_cost_cents(n.estimated_cost_usd))::bigint,
           coalesce(sum(quotadesk.row_cost_cents(n.estimated_cost_usd)) FILTER (WHERE quotadesk.call_failed(n.status::text)), 0)::bigint
    FROM new_rows n
    WHERE n.id > v_mark OR n.id <= v_through
    GROUP BY 1, 2
    ORDER BY 1, 2
    ON CONFLICT (month, user_id) DO UPDATE
        SET calls = c.calls + EXCLUDED.calls, tokens = c.tokens + EXCLUDED.tokens, cents = c.cents + EXCLUDED.cents,
            failed_cents = c.failed_cents + EXCLUDED.failed_cents;

    INSERT INTO quotadesk.cost_daily_user AS c (user_id, day, calls, tokens, cents, failed_cents)
    SELECT n.user_id, n.created_at::date,
           count(*), sum(quotadesk.row_tokens(n.total_tokens, n.input_tokens, n.output_tokens))::bigint,
           sum(quotadesk.row_cost_cents(n.estimated_cost_usd))::bigint,
           coalesce(sum(quotadesk.row_cost_cents(n.estimated_cost_usd)) FILTER (WHERE quotadesk.call_failed(n.status::text)), 0)::bigint
    FROM new_rows n
    WHERE n.id > v_mark OR n.id <= v_through
    GROUP BY 1, 2
    ORDER BY 1, 2
    ON CONFLICT (user_id, day) DO UPDATE
        SET calls = c.calls + EXCLUDED.calls, tokens = c.tokens + EXCLUDED.tokens, cents = c.cents + EXCLUDED.cents,
            failed_cents = c.failed_cents + EXCLUDED.failed_cents;
    RETURN NULL;
END
$$;

-- UPDATE: minus what the old rows added, plus the new rows; rollup rows whose sums do not
-- change (an update of latency or an error message) are not touched, nor locked.
CREATE OR REPLACE FUNCTION quotadesk.cost_rollups_update() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    v_mark bigint;
    v_through bigint;
BEGIN
    SELECT s.watermark, s.backfilled_through INTO v_mark, v_through FROM quotadesk.cost_rollup_state s;

    INSERT INTO quotadesk.cost_daily AS c (day, provider_config_id, task_type, failed, shard, calls, tokens, cents)
    SELECT d.day, d.provider_config_id, d.task_type, d.failed, d.shard, sum(d.calls)::bigint, sum(d.tokens)::bigint, sum(d.cents)::bigint
    FROM (
        SELECT n.created_at::date AS day, n.provider_config_id, n.task_type::text AS task_type,
               quotadesk.call_failed(n.status::text) AS failed, quotadesk.cost_shard(n.user_id) AS shard, 1 AS calls,
               quotadesk.row_tokens(n.total_tokens, n.input_tokens, n.output_tokens) AS tokens,
               quotadesk.row_cost_cents(n.estimated_cost_usd) AS cents
        FROM new_rows n WHERE n.id > v_mark OR n.id <= v_through
        UNION ALL
        SELECT o.created_at::date, o.provider_config_id, o.task_type::text, quotadesk.call_failed(o.status::text), quotadesk.cost_shard(o.user_id), -1,
               -quotadesk.row_tokens(o.total_tokens, o.input_tokens, o.output_tokens),
               -quotadesk.row_cost_cents(o.estimated_cost_usd)
        FROM old_rows o WHERE o.id > v_mark OR o.id <= v_through
    ) d
    GROUP BY d.day, d.provider_config_id, d.task_type, d.failed, d.shard
    HAVING sum(d.calls) <> 0 OR sum(d.tokens) <> 0 OR sum(d.cents) <> 0
    ORDER BY d.day, d.provider_config_id, d.task_type, d.failed, d.shard
    ON CONFLICT (day, provider_config_id, task_type, failed, shard) DO UPDATE
        SET calls = c.calls + EXCLUDED.calls, tokens = c.tokens + EXCLUDED.tokens, cents = c.cents + EXCLUDED.cents;

    -- Per user, by month and then by day (the lock order), from the same signed rows.
    INSERT INTO quotadesk.cost_monthly_user AS c (month, user_id, calls, tokens, cents, failed_cents)
    SELECT date_trunc('month', d.day)::date, d.user_id, sum(d.calls)::bigint, sum(d.tokens)::bigint, sum(d.cents)::bigint, sum(d.failed_cents)::bigint
    FROM (
        SELECT n.user_id, n.created_at::date AS day, 1 AS calls,
               quotadesk.row_tokens(n.total_tokens, n.input_tokens, n.output_tokens) AS tokens,
               quotadesk.row_cost_cents(n.estimated_cost_usd) AS cents,
               CASE WHEN quotadesk.call_failed(n.status::text) THEN quotadesk.row_cost_cents(n.estimated_cost_usd) ELSE 0 END AS failed_cents
        FROM new_rows n WHERE n.id > v_mark OR n.id <= v_through
        UNION ALL
        SELECT o.user_id, o.created_at::date, -1,
               -quotadesk.row_tokens(o.total_tokens, o.input_tokens, o.output_tokens),
               -quotadesk.row_cost_cents(o.estimated_cost_usd),
               -CASE WHEN quotadesk.call_failed(o.status::text) THEN quotadesk.row_cost_cents(o.estimated_cost_usd) ELSE 0 END
        FROM old_rows o WHERE o.id > v_mark OR o.id <= v_through
    ) d
    GROUP BY 1, 2
    HAVING sum(d.calls) <> 0 OR sum(d.tokens) <> 0 OR sum(d.cents) <> 0 OR sum(d.failed_cents) <> 0
    ORDER BY 1, 2
    ON CONFLICT (month, user_id) DO UPDATE
        SET calls = c.calls + EXCLUDED.calls, tokens = c.tokens + EXCLUDED.tokens, cents = c.cents + EXCLUDED.cents,
            failed_cents = c.failed_cents + EXCLUDED.failed_cents;

    INSERT INTO quotadesk.cost_daily_user AS c (user_id, day, calls, tokens, cents, failed_cents)
    SELECT d.user_id, d.day, sum(d.calls)::bigint, sum(d.tokens)::bigint, sum(d.cents)::bigint, sum(d.failed_cents)::bigint
    FROM (
        SELECT n.user_id, n.created_at::date AS day, 1 AS calls,
               quotadesk.row_tokens(n.total_tokens, n.input_tokens, n.output_tokens) AS tokens,
               quotadesk.row_cost_cents(n.estimated_cost_usd) AS cents,
               CASE WHEN quotadesk.call_failed(n.status::text) THEN quotadesk.row_cost_cents(n.estimated_cost_usd) ELSE 0 END AS failed_cents
        FROM new_rows n WHERE n.id > v_mark OR n.id <= v_through
        UNION ALL
        SELECT o.user_id, o.created_at::date, -1,
               -quotadesk.row_tokens(o.total_tokens, o.input_tokens, o.output_tokens),
               -quotadesk.row_cost_cents(o.estimated_cost_usd),
               -CASE WHEN quotadesk.call_failed(o.status::text) THEN quotadesk.row_cost_cents(o.estimated_cost_usd) ELSE 0 END
        FROM old_rows o WHERE o.id > v_mark OR o.id <= v_through
    ) d
    GROUP BY 1, 2
    HAVING sum(d.calls) <> 0 OR sum(d.tokens) <> 0 OR sum(d.cents) <> 0 OR sum(d.failed_cents) <> 0
    ORDER BY 1, 2
    ON CONFLICT (user_id, day) DO UPDATE
        SET calls = c.calls + EXCLUDED.calls, tokens = c.tokens + EXCLUDED.tokens, cents = c.cents + EXCLUDED.cents,
            failed_cents = c.failed_cents + EXCLUDED.failed_cents;
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION quotadesk.cost_rollups_delete() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    v_mark bigint;
    v_through bigint;
BEGIN
    SELECT s.watermark, s.backfilled_through INTO v_mark, v_through FROM quotadesk.cost_rollup_state s;

    INSERT INTO quotadesk.cost_daily AS c (day, provider_config_id, task_type, failed, shard, calls, tokens, cents)
    SELECT o.created_at::date, o.provider_config_id, o.task_type::text, quotadesk.call_failed(o.status::text), quotadesk.cost_shard(o.user_id),
           -count(*), -sum(quotadesk.row_tokens(o.total_tokens, o.input_tokens, o.output_tokens))::bigint,
           -sum(quotadesk.row_cost_cents(o.estimated_cost_usd))::bigint
    FROM old_rows o
    WHERE o.id > v_mark OR o.id <= v_through
    GROUP BY 1, 2, 3, 4, 5
    ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (day, provider_config_id, task_type, failed, shard) DO UPDATE
        SET calls = c.calls + EXCLUDED.calls, tokens = c.tokens + EXCLUDED.tokens, cents = c.cents + EXCLUDED.cents;

    INSERT INTO quotadesk.cost_monthly_user AS c (month, user_id, calls, tokens, cents, failed_cents)
    SELECT date_trunc('month', o.created_at)::date, o.user_id,
           -count(*), -sum(quotadesk.row_tokens(o.total_tokens, o.input_tokens, o.output_tokens))::bigint,
           -sum(quotadesk.row_cost_cents(o.estimated_cost_usd))::bigint,
           -coalesce(sum(quotadesk.row_cost_cents(o.estimated_cost_usd)) FILTER (WHERE quotadesk.call_failed(o.status::text)), 0)::bigint
    FROM old_rows o
    WHERE o.id > v_mark OR o.id <= v_through
    GROUP BY 1, 2
    ORDER BY 1, 2
    ON CONFLICT (month, user_id) DO UPDATE
        SET calls = c.calls + EXCLUDED.calls, tokens = c.tokens + EXCLUDED.tokens, cents = c.cents + EXCLUDED.cents,
            failed_cents = c.failed_cents + EXCLUDED.failed_cents;

    INSERT INTO quotadesk.cost_daily_user AS c (user_id, day, calls, tokens, cents, failed_cents)
    SELECT o.user_id, o.created_at::date,
           -count(*), -sum(quotadesk.row_tokens(o.total_tokens, o.input_tokens, o.output_tokens))::bigint,
           -sum(quotadesk.row_cost_cents(o.estimated_cost_usd))::bigint,
           -coalesce(sum(quotadesk.row_cost_cents(o.estimated_cost_usd)) FILTER (WHERE quotadesk.call_failed(o.status::text)), 0)::bigint
    FROM old_rows o
    WHERE o.id > v_mark OR o.id <= v_through
    GROUP BY 1, 2
    ORDER BY 1, 2
    ON CONFLICT (user_id, day) DO UPDATE
        SET calls = c.calls + EXCLUDED.calls, tokens = c.tokens + EXCLUDED.tokens, cents = c.cents + EXCLUDED.cents,
            failed_cents = c.failed_cents + EXCLUDED.failed_cents;
    RETURN NULL;
END
$$;

-- TRUNCATE removes every usage row: nothing left to roll up, nothing left to backfill.
CREATE OR REPLACE FUNCTION quotadesk.cost_rollups_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE quotadesk.cost_daily, quotadesk.cost_monthly_user, quotadesk.cost_daily_user;
    UPDATE quotadesk.cost_rollup_state
       SET backfilled_through = greatest(backfilled_through, watermark),
           completed_at = coalesce(completed_at, now() AT TIME ZONE 'UTC');
    RETURN NULL;
END
$$;

-- One backfill batch, in the caller's (short) transaction: rolls up the next p_batch ids
-- below the watermark into all three rollups. Returns how far it has come; complete when
-- through >= watermark.
CREATE OR REPLACE FUNCTION quotadesk.cost_rollups_backfill(p_batch integer)
RETURNS TABLE (backfilled_through bigint, watermark bigint, complete boolean)
LANGUAGE plpgsql AS $$
DECLARE
    v_mark bigint;
    v_through bigint;
    v_to bigint;
BEGIN
    IF p_batch IS NULL OR p_batch < 1 THEN
        RAISE EXCEPTION 'The backfill batch size must be at least 1.' USING ERRCODE = '22023';
    END IF;
    -- Waits for UPDATE and DELETE statements of usage rows in flight (they hold it shared).
    PERFORM pg_catalog.pg_advisory_xact_lock(quotadesk.cost_rollup_lock());
    SELECT s.watermark, s.backfilled_through INTO v_mark, v_through FROM quotadesk.cost_rollup_state s FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'The cost rollups are not installed (migration 0026).' USING ERRCODE = '55000';
    END IF;
    IF v_through < v_mark THEN
        v_to := least(v_through + p_batch, v_mark);

        INSERT INTO quotadesk.cost_daily AS c (day, provider_config_id, task_type, failed, shard, calls, tokens, cents)
        SELECT l.created_at::date, l.provider_config_id, l.task_type::text, quotadesk.call_failed(l.status::text), quotadesk.cost_shard(l.user_id),
               count(*), sum(quotadesk.row_tokens(l.total_tokens, l.input_tokens, l.output_tokens))::bigint,
               sum(quotadesk.row_cost_cents(l.estimated_cost_usd))::bigint
        FROM public.ai_provider_usage_logs l
        WHERE l.id > v_through AND l.id <= v_to
        GROUP BY 1, 2, 3, 4, 5
        ORDER BY 1, 2, 3, 4, 5
        ON CONFLICT (day, provider_config_id, task_type, failed, shard) DO UPDATE
            SET calls = c.calls + EXCLUDED.calls, tokens = c.tokens + EXCLUDED.tokens, cents = c.cents + EXCLUDED.cents;

        INSERT INTO quotadesk.cost_monthly_user AS c (month, user_id, calls, tokens, cents, failed_cents)
        SELECT date_trunc('month', l.created_at)::date, l.user_id,
               count(*), sum(quotadesk.row_tokens(l.total_tokens, l.input_tokens, l.output_tokens))::bigint,
               sum(quotadesk.row_cost_cents(l.estimated_cost_usd))::bigint,
               coalesce(sum(quotadesk.row_cost_cents(l.estimated_cost_usd)) FILTER (WHERE quotadesk.call_failed(l.status::text)), 0)::bigint
        FROM public.ai_provider_usage_logs l
        WHERE l.id > v_through AND l.id <= v_to
        GROUP BY 1, 2
        ORDER BY 1, 2
        ON CONFLICT (month, user_id) DO UPDATE
            SET calls = c.calls + EXCLUDED.calls, tokens = c.tokens + EXCLUDED.tokens, cents = c.cents + EXCLUDED.cents,
                failed_cents = c.failed_cents + EXCLUDED.failed_cents;

        INSERT INTO quotadesk.cost_daily_user AS c (user_id, day, calls, tokens, cents, failed_cents)
        SELECT l.user_id, l.created_at::date,
               count(*), sum(quotadesk.row_tokens(l.total_tokens, l.input_tokens, l.output_tokens))::bigint,
               sum(quotadesk.row_cost_cents(l.estimated_cost_usd))::bigint,
               coalesce(sum(quotadesk.row_cost_cents(l.estimated_cost_usd)) FILTER (WHERE quotadesk.call_failed(l.status::text)), 0)::bigint
        FROM public.ai_provider_usage_logs l
        WHERE l.id > v_through AND l.id <= v_to
        GROUP BY 1, 2
        ORDER BY 1, 2
        ON CONFLICT (user_id, day) DO UPDATE
            SET calls = c.calls + EXCLUDED.calls, tokens = c.tokens + EXCLUDED.tokens, cents = c.cents + EXCLUDED.cents,
                failed_cents = c.failed_cents + EXCLUDED.failed_cents;

        UPDATE quotadesk.cost_rollup_state s
           SET backfilled_through = v_to,
               completed_at = CASE WHEN v_to >= v_mark THEN now() AT TIME ZONE 'UTC' END;
        v_through := v_to;
    END IF;
    RETURN QUERY SELECT v_through, v_mark, v_through >= v_mark;
END
$$;

-- Calls, tokens and cost per user of UTC days p_from..p_to, from the rollups: whole months
-- from cost_monthly_user; a part month from cost_daily_user, either its days in the range
-- or the month less its days outside it, whichever is fewer days up to today (later days
-- seldom have rows). Users without calls are left out.
CREATE OR REPLACE FUNCTION quotadesk.cost_by_user(p_from date, p_to date)
RETURNS TABLE (user_id integer, calls bigint, tokens bigint, cost_cents bigint, failed_cost_cents bigint)
LANGUAGE plpgsql STABLE AS $$
#variable_conflict use_column
DECLARE
    v_today date := quotadesk.utc_now()::date;
    v_month date := date_trunc('month', p_from)::date;
    v_next date;
    v_lo date;
    v_hi date;
    v_months date[] := '{}';  -- months read from cost_monthly_user
    v_firsts date[] := '{}';  -- day ranges [first, last] read from cost_daily_user,
    v_lasts date[] := '{}';   -- each added (+1) or subtracted (-1)
    v_signs integer[] := '{}';
BEGIN
    WHILE v_month <= p_to LOOP
        v_next := (v_month + interval '1 month')::date;
        v_lo := greatest(p_from, v_month);
        v_hi := least(p_to, v_next - 1);
        IF v_lo = v_month AND v_hi = v_next - 1 THEN
            v_months := v_months || v_month;
        ELSIF greatest(least(v_lo - 1, v_today) - v_month + 1, 0) + greatest(least(v_next - 1, v_today) - v_hi, 0)
              < greatest(least(v_hi, v_today) - v_lo + 1, 0) THEN
            v_months := v_months || v_month;
            IF v_lo > v_month THEN
                v_firsts := v_firsts || v_month;
                v_lasts := v_lasts || (v_lo - 1);
                v_signs := v_signs || -1;
            END IF;
            IF v_hi < v_next - 1 THEN
                v_firsts := v_firsts || (v_hi + 1);
                v_lasts := v_lasts || (v_next - 1);
                v_signs := v_signs || -1;
            END IF;
        ELSE
            v_firsts := v_firsts || v_lo;
            v_lasts := v_lasts || v_hi;
            v_signs := v_signs || 1;
        END IF;
        v_month := v_next;
    END LOOP;

    RETURN QUERY
    SELECT k.user_id, sum(k.calls)::bigint, sum(k.tokens)::bigint, sum(k.cents)::bigint, sum(k.failed_cents)::bigint
    FROM (
        SELECT r.user_id, r.calls, r.tokens, r.cents, r.failed_cents
        FROM quotadesk.cost_monthly_user r
        WHERE r.month = ANY (v_months)
        UNION ALL
        SELECT d.user_id, g.sign * d.calls, g.sign * d.tokens, g.sign * d.cents, g.sign * d.failed_cents
        FROM unnest(v_firsts, v_lasts, v_signs) AS g(first, last, sign)
        JOIN quotadesk.cost_daily_user d ON d.day >= g.first AND d.day <= g.last
    ) k
    GROUP BY k.user_id
    HAVING sum(k.calls) > 0;
END
$$;

-- The Costs page's daily spend, as in 0026; by plan from cost_daily less the paid plans'
-- users' days, which go to their plans (see the top).
CREATE OR REPLACE FUNCTION quotadesk.daily_spend(p_from date, p_to date, p_by text)
RETURNS TABLE (day date, key text, cost_cents bigint)
LANGUAGE plpgsql STABLE AS $$
#variable_conflict use_column
DECLARE
    v_key text;
    v_join text;
    v_source text;
BEGIN
    SELECT s.key_sql, s.join_sql INTO v_key, v_join FROM quotadesk.cost_split(p_by) s;
    IF p_by IS NULL OR p_by NOT IN ('model', 'task', 'plan') THEN
        RAISE EXCEPTION 'Unknown daily spend split "%": use model, task or plan.', p_by USING ERRCODE = '22023';
    END IF;
    IF p_from IS NULL OR p_to IS NULL OR p_from > p_to THEN
        RAISE EXCEPTION 'The daily spend needs a first day no later than its last (got % to %).', p_from, p_to
            USING ERRCODE = '22023';
    END IF;
    IF p_by = 'plan' AND quotadesk.cost_rollups_ready() THEN
        RETURN QUERY
        SELECT k.day, k.key, sum(k.cents)::bigint
        FROM (
            SELECT d.day, 'freemium'::text AS key, d.calls, d.cents
            FROM quotadesk.cost_daily d
            WHERE d.day >= p_from AND d.day <= p_to
            UNION ALL
            SELECT u.day, s.key, s.sign * u.calls, s.sign * u.cents
            FROM quotadesk.plan_members('freemium', true) m
            JOIN quotadesk.cost_daily_user u ON u.user_id = m.user_id AND u.day >= p_from AND u.day <= p_to
            CROSS JOIN LATERAL (VALUES (m.plan, 1), ('freemium', -1)) AS s(key, sign)
        ) k
        GROUP BY 1, 2
        HAVING sum(k.calls) > 0;
        RETURN;
    END IF;
    v_source := CASE
        WHEN p_by = 'plan' OR NOT quotadesk.cost_rollups_ready() THEN
            'SELECT r.user_id, r.provider_config_id, r.task_type, r.day, 1 AS calls, r.cost_cents
             FROM quotadesk.costed_calls($1, $2) r'
        ELSE
            'SELECT NULL::integer AS user_id, d.provider_config_id, d.task_type, d.day, d.calls, d.cents AS cost_cents
             FROM quotadesk.cost_daily d WHERE d.day >= $1 AND d.day <= $2' END;
    RETURN QUERY EXECUTE format(
        'SELECT c.day, %s AS key, sum(c.cost_cents)::bigint
         FROM (%s) c %s
         GROUP BY 1, 2
         HAVING sum(c.calls) > 0',
        CASE WHEN p_by = 'plan' THEN format('coalesce(%s, ''freemium'')', v_key) ELSE v_key END, v_source, v_join)
        USING p_from, p_to;
END
$$;

CREATE OR REPLACE FUNCTION quotadesk.cost_month(p_at timestamp, p_plan text DEFAULT NULL)
RETURNS TABLE (evaluated_at timestamp, month_to_date_cents bigint, last_month_same_point_cents bigint,
               projected_month_cents bigint, failed_month_cents bigint, cache_saved_month_usd numeric)
LANGUAGE plpgsql STABLE AS $$
#variable_conflict use_column
DECLARE
    v_at timestamp := coalesce(p_at, quotadesk.utc_now());
    v_m0 timestamp := date_trunc('month', v_at);
    v_m1 timestamp := date_trunc('month', v_at) + interval '1 month';
    v_d0 timestamp := date_trunc('day', v_at);
    v_lat timestamp := v_at - interval '1 month'; -- PostgreSQL clamps: March 31 less a month is February's last day
    v_ld0 timestamp := date_trunc('day', v_at - interval '1 month');
    v_lsplit timestamp; -- last month: whole days before it from the rollup, the rest of the way from raw rows
    v_rollups boolean := isfinite(v_at) AND quotadesk.cost_rollups_ready();
    v_month bigint;
    v_failed bigint;
    v_last bigint;
    v_days date[];
    v_cents numeric[];
    v_users integer[];
    v_sign integer;
BEGIN
    IF NOT v_rollups THEN
        -- 0022's rules, word for word.
        SELECT coalesce(sum(quotadesk.row_cost_cents(l.estimated_cost_usd)), 0)::bigint,
               coalesce(sum(quotadesk.row_cost_cents(l.estimated_cost_usd)) FILTER (WHERE quotadesk.call_failed(l.status::text)), 0)::bigint
          INTO v_month, v_failed
          FROM public.ai_provider_usage_logs l
         WHERE l.created_at >= v_m0 AND l.created_at <= v_at
           AND (p_plan IS NULL OR l.user_id IN (SELECT up.user_id FROM quotadesk.user_plans up WHERE up.plan = p_plan));
    ELSE
        IF p_plan IS NOT NULL THEN
            -- A paid plan's users, or (freemium) everyone less every paid plan's users.
            v_sign := CASE WHEN p_plan = 'freemium' THEN -1 ELSE 1 END;
            SELECT array_agg(m.user_id) INTO v_users FROM quotadesk.plan_members(p_plan, p_plan = 'freemium') m;
        END IF;
        IF p_plan IS NULL OR p_plan = 'freemium' THEN
            -- The days m0 .. d0 less the calls after p_at in its day (at now: future-dated rows).
            SELECT coalesce(sum(x.cents), 0)::bigint, coalesce(sum(x.failed), 0)::bigint
              INTO v_month, v_failed
              FROM (SELECT d.cents, CASE WHEN d.failed THEN d.cents ELSE 0 END AS failed
                      FROM quotadesk.cost_daily d
                     WHERE d.day >= v_m0::date AND d.day <= v_d0::date
                    UNION ALL
                    SELECT -t.cents, -CASE WHEN t.failed THEN t.cents ELSE 0 END
                      FROM public.ai_provider_usage_logs l
                     CROSS JOIN LATERAL (SELECT quotadesk.row_cost_cents(l.estimated_cost_usd) AS cents,
                                                quotadesk.call_failed(l.status::text) AS failed) t
                     WHERE l.created_at > v_at AND l.created_at < v_d0 + interval '1 day') x;
        ELSE
            v_month := 0;
            v_failed := 0;
        END IF;
        IF p_plan IS NOT NULL THEN
            -- The users' month (cost_monthly_user) less their calls after p_at in it.
            SELECT v_month + v_sign * coalesce(sum(x.cents), 0)::bigint, v_failed + v_sign * coalesce(sum(x.failed), 0)::bigint
              INTO v_month, v_failed
              FROM (SELECT r.cents, r.failed_cents AS failed
                      FROM unnest(v_users) AS u(id)
                      JOIN quotadesk.cost_monthly_user r ON r.month = v_m0::date AND r.user_id = u.id
                    UNION ALL
                    SELECT -t.cents, -CASE WHEN t.failed THEN t.cents ELSE 0 END
                      FROM unnest(v_users) AS u(id)
                      JOIN public.ai_provider_usage_logs l ON l.user_id = u.id AND l.created_at > v_at AND l.created_at < v_m1
                     CROSS JOIN LATERAL (SELECT quotadesk.row_cost_cents(l.estimated_cost_usd) AS cents,
                                                quotadesk.call_failed(l.status::text) AS failed) t) x;
        END IF;
    END IF;

    IF NOT v_rollups THEN
        SELECT coalesce(sum(quotadesk.row_cost_cents(l.estimated_cost_usd)), 0)::bigint
          INTO v_last
          FROM public.ai_provider_usage_logs l
         WHERE l.created_at >= v_m0 - interval '1 month' AND l.created_at <= v_lat
           AND (p_plan IS NULL OR l.user_id IN (SELECT up.user_id FROM quotadesk.user_plans up WHERE up.plan = p_plan));
        SELECT array_agg(d.day ORDER BY d.day), array_agg(d.cents ORDER BY d.day)
          INTO v_days, v_cents
          FROM (SELECT l.created_at::date AS day, sum(quotadesk.row_cost_cents(l.estimated_cost_usd)) AS cents
                  FROM public.ai_provider_usage_logs l
                 WHERE l.created_at >= v_d0 - interval '28 days' AND l.created_at < v_d0
                   AND (p_plan IS NULL OR l.user_id IN (SELECT up.user_id FROM quotadesk.user_plans up WHERE up.plan = p_plan))
                 GROUP BY 1) d;
    ELSE
        -- Last month up to the same point: whole days from a rollup; the point's own day from
        -- the raw rows before the point, or the day's rollup less the rows after it,
        -- whichever is the shorter part of the day.
        v_lsplit := CASE WHEN v_lat - v_ld0 < interval '12 hours' THEN v_ld0 ELSE v_ld0 + interval '1 day' END;
        IF p_plan IS NULL OR p_plan = 'freemium' THEN
            -- Every call's (freemium: less the paid plans' users' days, below).
            SELECT coalesce(sum(x.cents), 0)::bigint
              INTO v_last
              FROM (SELECT d.cents FROM quotadesk.cost_daily d
                     WHERE d.day >= (v_m0 - interval '1 month')::date AND d.day < v_lsplit::date
                    UNION ALL
                    SELECT quotadesk.row_cost_cents(l.estimated_cost_usd) FROM public.ai_provider_usage_logs l
                     WHERE l.created_at >= v_lsplit AND l.created_at <= v_lat
                    UNION ALL
                    SELECT -quotadesk.row_cost_cents(l.estimated_cost_usd) FROM public.ai_provider_usage_logs l
                     WHERE l.created_at > v_lat AND l.created_at < v_lsplit) x;
            SELECT array_agg(d.day ORDER BY d.day), array_agg(d.cents ORDER BY d.day)
              INTO v_days, v_cents
              FROM (SELECT r.day, sum(r.cents) AS cents FROM quotadesk.cost_daily r
                     WHERE r.day >= (v_d0 - interval '28 days')::date AND r.day < v_d0::date
                     GROUP BY r.day) d;
        ELSE
            v_last := 0; -- a paid plan: its users' days, below
        END IF;
        IF p_plan IS NOT NULL THEN
            -- A paid plan's users' days added, or (freemium) every paid plan's users' taken
            -- away: cost_daily_user by user, the point's day as above by the users' index.
            SELECT v_last + v_sign * coalesce(sum(x.cents), 0)::bigint
              INTO v_last
              FROM (SELECT d.cents FROM unnest(v_users) AS u(id)
                      JOIN quotadesk.cost_daily_user d
                        ON d.user_id = u.id AND d.day >= (v_m0 - interval '1 month')::date AND d.day < v_lsplit::date
                    UNION ALL
                    SELECT quotadesk.row_cost_cents(l.estimated_cost_usd) FROM unnest(v_users) AS u(id)
                      JOIN public.ai_provider_usage_logs l ON l.user_id = u.id AND l.created_at >= v_lsplit AND l.created_at <= v_lat
                    UNION ALL
                    SELECT -quotadesk.row_cost_cents(l.estimated_cost_usd) FROM unnest(v_users) AS u(id)
                      JOIN public.ai_provider_usage_logs l ON l.user_id = u.id AND l.created_at > v_lat AND l.created_at < v_lsplit) x;
            SELECT array_agg(d.day ORDER BY d.day), array_agg(d.cents ORDER BY d.day)
              INTO v_days, v_cents
              FROM (SELECT x.day, sum(x.cents) AS cents
                      FROM (SELECT r.day, r.cents FROM unnest(v_days, v_cents) AS r(day, cents)
                            UNION ALL
                            SELECT d.day, v_sign * d.cents FROM unnest(v_users) AS u(id)
                              JOIN quotadesk.cost_daily_user d
                                ON d.user_id = u.id AND d.day >= (v_d0 - interval '28 days')::date AND d.day < v_d0::date) x
                     GROUP BY x.day) d;
        END IF;
    END IF;

    -- The projection and the cache's savings, as in 0022.
    RETURN QUERY
    WITH b AS (
        SELECT v_at AS at, v_m0 AS m0, v_m1 AS m1, v_d0 AS d0
    ),
    recent AS (
        SELECT r.day, r.cents FROM unnest(v_days, v_cents) AS r(day, cents)
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
    SELECT b.at, v_month, v_last, v_month + round(rest.cents)::bigint, v_failed, saved.usd
    FROM b, rest, saved;
END
$$;

-- Rights as in 0026. CREATE OR REPLACE keeps a function's owner and grants but not its
-- SECURITY DEFINER and search_path: set again for the trigger functions and the backfill.
DO $$
DECLARE
    v_fn regprocedure;
BEGIN
    FOR v_fn IN SELECT p.oid::regprocedure FROM pg_catalog.pg_proc p
                WHERE p.pronamespace = 'quotadesk'::regnamespace
                  AND p.proname IN ('cost_rollups_insert', 'cost_rollups_update', 'cost_rollups_delete',
                                    'cost_rollups_truncate', 'cost_rollups_backfill')
    LOOP
        EXECUTE format('ALTER FUNCTION %s SECURITY DEFINER SET search_path = pg_catalog, public, quotadesk, pg_temp', v_fn);
    END LOOP;
END
$$;
REVOKE ALL ON quotadesk.cost_daily_user FROM PUBLIC;
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON quotadesk.cost_daily_user TO quotadesk_owner;
GRANT SELECT ON quotadesk.cost_daily_user TO quotadesk_viewer;

-- Last, and as short as possible: the rollups start again from a new watermark, under
-- 0026's lock (it waits for writers of usage rows in flight, at most one second; then
-- quotactl migrate tries again). The Migrator's cost backfill fills all three.
SET LOCAL lock_timeout = '1s';
LOCK TABLE public.ai_provider_usage_logs IN SHARE ROW EXCLUSIVE MODE;
TRUNCATE quotadesk.cost_daily, quotadesk.cost_monthly_user, quotadesk.cost_daily_user;
UPDATE quotadesk.cost_rollup_state s
   SET watermark = w.mark, backfilled_through = 0, started_at = now() AT TIME ZONE 'UTC',
       completed_at = CASE WHEN w.mark = 0 THEN now() AT TIME ZONE 'UTC' END
  FROM (SELECT coalesce(max(l.id), 0)::bigint AS mark FROM public.ai_provider_usage_logs l) w;
