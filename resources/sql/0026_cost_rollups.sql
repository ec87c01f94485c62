-- Cost rollups kept by the database: the Costs page and quotactl costs read a few
-- thousand rollup rows instead of every usage row of the month (44.8 s per page at 5M
-- rows a month), with results identical to the raw-row rules of 0020 and 0022.
--
-- Rollups, over the usage rows they hold ("counted", as in 0012):
--   cost_daily         (UTC day, provider config, task type, failed, shard) -> calls, tokens, cents
--   cost_monthly_user  (UTC month, user)                             -> calls, tokens, cents, failed cents
-- with the rules of the raw readers, each defined once: tokens = row_tokens (any status),
-- cents = row_cost_cents, failed = call_failed (status error or timeout).
-- Kept exactly as the usage counters of 0012 are: statement-level AFTER triggers with
-- transition tables on INSERT, UPDATE, DELETE (old rows out, new rows in) and TRUNCATE;
-- each statement locks rollup rows in one order (daily by key, then monthly by key).
--
-- Existing rows: the triggers begin in this migration's transaction, after a lock that waits
-- for in-flight writers; the watermark is the highest id then. The Migrator counts rows up
-- to it in short batches (cost_rollups_backfill), each its own transaction. A row is
-- counted when id > watermark or id <= backfilled_through; the triggers skip the others.
-- Until the backfill is complete every reader reads the raw rows, as before. Races with
-- the backfill: as in 0012, a batch holds an exclusive transaction advisory lock of its
-- own, UPDATE and DELETE take it shared while the backfill is incomplete, an INSERT with
-- an explicit id at or below the watermark takes it after the fact.
--
-- What reads what, once the rollups are complete:
--   by day, model, task (any range), every call's month (cost_month(at)), the daily spend
--     by model or task: cost_daily, plus the raw rows of part of one day where a range
--     ends inside a day (cost_month: after p_at in its day; last month's same point);
--   by user and plan (the plan now: per user, joined to user_plans): cost_monthly_user for
--     the months a range covers whole; a month it covers in part from the raw rows of the
--     part, or from the rollup less the raw rows of the rest, whichever spans fewer days up
--     to today (month to date: the rest is after today, usually no rows at all);
--   a plan's month to date (budgets): cost_monthly_user less the plan's raw rows after p_at.
-- Per plan by day (the daily spend split by plan; a plan's last-month point and 28-day
-- weekday profile in cost_month): no per-plan daily rollup can be kept, because the plan is
-- the user's plan now (a plan change moves a user's whole history), and a per-user daily
-- one would be nearly as many rows as the usage log at 100,000 users. So these read the
-- raw rows of the users of the paid plans only, by the (user_id, created_at) index
-- (plan_members); freemium, the plan of everyone else (and of most users), is cost_daily
-- less those rows. That wins only while those users are few (few_users: a user's rows are
-- scattered over the table, a page read each); with more, these read the raw rows of the
-- range as before 0026. (Every usage row names a user: the upstream foreign key.)

-- Whether a call failed (billed, and shown apart): one definition for every cost figure.
CREATE FUNCTION quotadesk.call_failed(p_status text) RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT coalesce(p_status IN ('error', 'timeout'), false)
$$;

-- costed_calls as in 0020, the failed rule now from call_failed.
CREATE OR REPLACE FUNCTION quotadesk.costed_calls(p_from date, p_to date)
RETURNS TABLE (user_id integer, provider_config_id integer, task_type text, day date,
               tokens bigint, cost_cents bigint, failed boolean)
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT l.user_id, l.provider_config_id, l.task_type::text, l.created_at::date,
           quotadesk.row_tokens(l.total_tokens, l.input_tokens, l.output_tokens),
           quotadesk.row_cost_cents(l.estimated_cost_usd),
           quotadesk.call_failed(l.status::text)
    FROM public.ai_provider_usage_logs l
    WHERE l.created_at >= p_from::timestamp AND l.created_at < (p_to + 1)::timestamp
$$;

-- Which of 16 rows of a day's key a user's calls go to. Every AI call's transaction adds
-- to the day's row of its provider and task and holds its lock until it commits; spread
-- by user, concurrent calls of different users mostly lock different rows. Readers sum.
CREATE FUNCTION quotadesk.cost_shard(p_user integer) RETURNS smallint LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT (coalesce(p_user, 0) & 15)::smallint
$$;

-- Keys may be NULL where an upstream schema allows it: one rollup row for them too.
CREATE TABLE quotadesk.cost_daily (
    day                date,
    provider_config_id integer,
    task_type          text,
    failed             boolean NOT NULL,
    shard              smallint NOT NULL, -- cost_shard(user_id): concurrent writers of a day's costs lock apart
    calls              bigint NOT NULL DEFAULT 0,
    tokens             bigint NOT NULL DEFAULT 0,
    cents              bigint NOT NULL DEFAULT 0,
    CONSTRAINT cost_daily_key UNIQUE NULLS NOT DISTINCT (day, provider_config_id, task_type, failed, shard)
) WITH (fillfactor = 80); -- room for HOT updates, as the usage counters

CREATE TABLE quotadesk.cost_monthly_user (
    month        date,
    user_id      integer,
    calls        bigint NOT NULL DEFAULT 0,
    tokens       bigint NOT NULL DEFAULT 0,
    cents        bigint NOT NULL DEFAULT 0,
    failed_cents bigint NOT NULL DEFAULT 0,
    CONSTRAINT cost_monthly_user_key UNIQUE NULLS NOT DISTINCT (month, user_id)
) WITH (fillfactor = 80);

-- One row: how far the backfill of rows that predate the rollups has come.
CREATE TABLE quotadesk.cost_rollup_state (
    singleton          boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    watermark          bigint NOT NULL,            -- highest usage row id when the triggers began
    backfilled_through bigint NOT NULL DEFAULT 0,  -- ids up to this are counted by the backfill
    started_at         timestamp NOT NULL DEFAULT (now() AT TIME ZONE 'UTC'),
    completed_at       timestamp
);

-- The transaction advisory lock of the cost backfill: a constant of its own.
CREATE FUNCTION quotadesk.cost_rollup_lock() RETURNS bigint LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT 7153208415246630212::bigint
$$;

-- Whether the rollups hold every usage row (the backfill is complete). PL/pgSQL, as
-- usage_counters_ready in 0019: its plan is kept for the session.
CREATE FUNCTION quotadesk.cost_rollups_ready() RETURNS boolean LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
BEGIN
    RETURN coalesce((SELECT s.backfilled_through >= s.watermark FROM quotadesk.cost_rollup_state s), false);
END
$$;

-- Trigger functions: the owner's rights (SECURITY DEFINER below), as in 0012.

CREATE FUNCTION quotadesk.cost_rollups_gate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT quotadesk.cost_rollups_ready() THEN
        PERFORM pg_catalog.pg_advisory_xact_lock_shared(quotadesk.cost_rollup_lock());
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION quotadesk.cost_rollups_insert() RETURNS trigger LANGUAGE plpgsql AS $$
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
    RETURN NULL;
END
$$;

-- UPDATE: minus what the old rows added, plus the new rows; rollup rows whose sums do not
-- change (an update of latency or an error message) are not touched, nor locked.
CREATE FUNCTION quotadesk.cost_rollups_update() RETURNS trigger LANGUAGE plpgsql AS $$
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

    INSERT INTO quotadesk.cost_monthly_user AS c (month, user_id, calls, tokens, cents, failed_cents)
    SELECT d.month, d.user_id, sum(d.calls)::bigint, sum(d.tokens)::bigint, sum(d.cents)::bigint, sum(d.failed_cents)::bigint
    FROM (
        SELECT date_trunc('month', n.created_at)::date AS month, n.user_id, 1 AS calls,
               quotadesk.row_tokens(n.total_tokens, n.input_tokens, n.output_tokens) AS tokens,
               quotadesk.row_cost_cents(n.estimated_cost_usd) AS cents,
               CASE WHEN quotadesk.call_failed(n.status::text) THEN quotadesk.row_cost_cents(n.estimated_cost_usd) ELSE 0 END AS failed_cents
        FROM new_rows n WHERE n.id > v_mark OR n.id <= v_through
        UNION ALL
        SELECT date_trunc('month', o.created_at)::date, o.user_id, -1,
               -quotadesk.row_tokens(o.total_tokens, o.input_tokens, o.output_tokens),
               -quotadesk.row_cost_cents(o.estimated_cost_usd),
               -CASE WHEN quotadesk.call_failed(o.status::text) THEN quotadesk.row_cost_cents(o.estimated_cost_usd) ELSE 0 END
        FROM old_rows o WHERE o.id > v_mark OR o.id <= v_through
    ) d
    GROUP BY d.month, d.user_id
    HAVING sum(d.calls) <> 0 OR sum(d.tokens) <> 0 OR sum(d.cents) <> 0 OR sum(d.failed_cents) <> 0
    ORDER BY d.month, d.user_id
    ON CONFLICT (month, user_id) DO UPDATE
        SET calls = c.calls + EXCLUDED.calls, tokens = c.tokens + EXCLUDED.tokens, cents = c.cents + EXCLUDED.cents,
            failed_cents = c.failed_cents + EXCLUDED.failed_cents;
    RETURN NULL;
END
$$;

CREATE FUNCTION quotadesk.cost_rollups_delete() RETURNS trigger LANGUAGE plpgsql AS $$
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
    RETURN NULL;
END
$$;

-- TRUNCATE removes every usage row: nothing left to roll up, nothing left to backfill.
CREATE FUNCTION quotadesk.cost_rollups_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE quotadesk.cost_daily, quotadesk.cost_monthly_user;
    UPDATE quotadesk.cost_rollup_state
       SET backfilled_through = greatest(backfilled_through, watermark),
           completed_at = coalesce(completed_at, now() AT TIME ZONE 'UTC');
    RETURN NULL;
END
$$;

-- One backfill batch, in the caller's (short) transaction: rolls up the next p_batch ids
-- below the watermark. Returns how far it has come; complete when through >= watermark.
CREATE FUNCTION quotadesk.cost_rollups_backfill(p_batch integer)
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

        UPDATE quotadesk.cost_rollup_state s
           SET backfilled_through = v_to,
               completed_at = CASE WHEN v_to >= v_mark THEN now() AT TIME ZONE 'UTC' END;
        v_through := v_to;
    END IF;
    RETURN QUERY SELECT v_through, v_mark, v_through >= v_mark;
END
$$;

-- Calls, tokens and cost per user of UTC days p_from..p_to, from the rollups (see the top:
-- whole months from cost_monthly_user, a part of a month from raw rows, or the month's
-- rollup less the raw rows of the rest of it). Users without calls are left out.
CREATE FUNCTION quotadesk.cost_by_user(p_from date, p_to date)
RETURNS TABLE (user_id integer, calls bigint, tokens bigint, cost_cents bigint, failed_cost_cents bigint)
LANGUAGE plpgsql STABLE AS $$
#variable_conflict use_column
DECLARE
    v_today date := quotadesk.utc_now()::date;
    v_month date := date_trunc('month', p_from)::date;
    v_next date;
    v_lo date;
    v_hi date;
    v_months date[] := '{}';      -- months read from the rollup
    v_starts timestamp[] := '{}'; -- raw ranges [start, end), each added (+1) or subtracted (-1)
    v_ends timestamp[] := '{}';
    v_signs integer[] := '{}';
BEGIN
    WHILE v_month <= p_to LOOP
        v_next := (v_month + interval '1 month')::date;
        v_lo := greatest(p_from, v_month);
        v_hi := least(p_to, v_next - 1);
        IF v_lo = v_month AND v_hi = v_next - 1 THEN
            v_months := v_months || v_month;
        -- Days up to today that each way reads raw rows of (later days seldom have any).
        ELSIF greatest(least(v_lo - 1, v_today) - v_month + 1, 0) + greatest(least(v_next - 1, v_today) - v_hi, 0)
              < greatest(least(v_hi, v_today) - v_lo + 1, 0) THEN
            v_months := v_months || v_month;
            IF v_lo > v_month THEN
                v_starts := v_starts || v_month::timestamp;
                v_ends := v_ends || v_lo::timestamp;
                v_signs := v_signs || -1;
            END IF;
            IF v_hi < v_next - 1 THEN
                v_starts := v_starts || (v_hi + 1)::timestamp;
                v_ends := v_ends || v_next::timestamp;
                v_signs := v_signs || -1;
            END IF;
        ELSE
            v_starts := v_starts || v_lo::timestamp;
            v_ends := v_ends || (v_hi + 1)::timestamp;
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
        SELECT l.user_id, g.sign::bigint, g.sign * t.tokens, g.sign * t.cents, CASE WHEN t.failed THEN g.sign * t.cents ELSE 0 END
        FROM unnest(v_starts, v_ends, v_signs) AS g(starts, ends, sign)
        JOIN public.ai_provider_usage_logs l ON l.created_at >= g.starts AND l.created_at < g.ends
        CROSS JOIN LATERAL (SELECT quotadesk.row_tokens(l.total_tokens, l.input_tokens, l.output_tokens) AS tokens,
                                   quotadesk.row_cost_cents(l.estimated_cost_usd) AS cents,
                                   quotadesk.call_failed(l.status::text) AS failed) t
    ) k
    GROUP BY k.user_id
    HAVING sum(k.calls) > 0;
END
$$;

-- The key of a cost split and what it joins (0020's list, now shared by cost_breakdown and
-- daily_spend): c is a source with user_id and provider_config_id. A fixed list, never input.
CREATE FUNCTION quotadesk.cost_split(p_by text, OUT key_sql text, OUT join_sql text)
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE p_by WHEN 'model' THEN 'coalesce(pc.provider_type::text || ''/'' || pc.model_name::text, ''?/?'')'
                     WHEN 'task' THEN 'c.task_type'
                     WHEN 'plan' THEN 'up.plan'
                     WHEN 'user' THEN 'c.user_id::text' END,
           CASE p_by WHEN 'model' THEN 'LEFT JOIN public.ai_provider_configs pc ON pc.id = c.provider_config_id'
                     WHEN 'plan' THEN 'LEFT JOIN quotadesk.user_plans up ON up.user_id = c.user_id'
                     ELSE '' END
$$;

-- cost_breakdown: same signature, columns, order and errors as in 0020. Every breakdown
-- aggregates one source of (user_id, provider_config_id, task_type, day, calls, tokens,
-- cost_cents, failed_cost_cents): the raw rows (costed_calls) until the rollups are complete;
-- then cost_daily (day, model, task) or cost_by_user (user, plan).
CREATE OR REPLACE FUNCTION quotadesk.cost_breakdown(p_from date, p_to date, p_by text)
RETURNS TABLE (key text, calls bigint, tokens bigint, cost_cents bigint, failed_cost_cents bigint)
LANGUAGE plpgsql STABLE AS $$
DECLARE
    v_key text;
    v_join text;
    v_source text;
BEGIN
    SELECT s.key_sql, s.join_sql INTO v_key, v_join FROM quotadesk.cost_split(p_by) s;
    IF p_by IS NULL OR (p_by <> 'day' AND v_key IS NULL) THEN
        RAISE EXCEPTION 'Unknown cost breakdown "%": use day, model, task, plan or user.', p_by USING ERRCODE = '22023';
    END IF;
    IF p_from IS NULL OR p_to IS NULL OR p_from > p_to THEN
        RAISE EXCEPTION 'The cost report needs a first day no later than its last (got % to %).', p_from, p_to
            USING ERRCODE = '22023';
    END IF;
    v_source := CASE
        WHEN NOT quotadesk.cost_rollups_ready() THEN
            'SELECT r.user_id, r.provider_config_id, r.task_type, r.day, 1 AS calls, r.tokens, r.cost_cents,
                    CASE WHEN r.failed THEN r.cost_cents ELSE 0 END AS failed_cost_cents
             FROM quotadesk.costed_calls($1, $2) r'
        WHEN p_by IN ('user', 'plan') THEN
            'SELECT u.user_id, NULL::integer AS provider_config_id, NULL::text AS task_type, NULL::date AS day,
                    u.calls, u.tokens, u.cost_cents, u.failed_cost_cents
             FROM quotadesk.cost_by_user($1, $2) u'
        ELSE
            'SELECT NULL::integer AS user_id, d.provider_config_id, d.task_type, d.day, d.calls, d.tokens, d.cents AS cost_cents,
                    CASE WHEN d.failed THEN d.cents ELSE 0 END AS failed_cost_cents
             FROM quotadesk.cost_daily d WHERE d.day >= $1 AND d.day <= $2' END;
    IF p_by = 'day' THEN
        RETURN QUERY EXECUTE format(
            'SELECT to_char(g.day, ''YYYY-MM-DD''), coalesce(a.calls, 0), coalesce(a.tokens, 0),
                    coalesce(a.cost_cents, 0), coalesce(a.failed_cost_cents, 0)
             FROM generate_series($1, $2, interval ''1 day'') AS g(day)
             LEFT JOIN (
                 SELECT c.day, sum(c.calls)::bigint AS calls, sum(c.tokens)::bigint AS tokens,
                        sum(c.cost_cents)::bigint AS cost_cents, sum(c.failed_cost_cents)::bigint AS failed_cost_cents
                 FROM (%s) c
                 GROUP BY c.day
             ) a ON a.day = g.day::date
             ORDER BY g.day', v_source)
            USING p_from, p_to;
        RETURN;
    END IF;
    -- Rollup rows left at zero by deletes are no calls: HAVING drops them, as no raw row would make them.
    RETURN QUERY EXECUTE format(
        'SELECT %s AS key, sum(c.calls)::bigint, sum(c.tokens)::bigint, sum(c.cost_cents)::bigint,
                coalesce(sum(c.failed_cost_cents), 0)::bigint
         FROM (%s) c %s
         GROUP BY 1
         HAVING sum(c.calls) > 0
         ORDER BY 4 DESC, 1', v_key, v_source, v_join)
        USING p_from, p_to;
END
$$;

-- Whether reading p_count users' rows one user at a time (by the (user_id, created_at)
-- index) beats reading every row of a range: up to one user in 20. Measured: at one in ten,
-- the per-user reads of a month took as long as the whole range's.
CREATE FUNCTION quotadesk.few_users(p_count bigint) RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT coalesce(p_count, 0) * 20 <= (SELECT count(*) FROM public.users)
$$;

-- The users of plan p_plan now, or with p_others of every plan but it (user_plans).
CREATE FUNCTION quotadesk.plan_members(p_plan text, p_others boolean DEFAULT false)
RETURNS TABLE (user_id integer, plan text)
LANGUAGE sql STABLE AS $$
    SELECT up.user_id, up.plan FROM quotadesk.user_plans up WHERE (up.plan = p_plan) <> p_others
$$;

-- The Costs page's daily spend: cost of each UTC day p_from..p_to and key of p_by (model,
-- task or plan; the plan of a user without one is freemium, as the page has always shown),
-- for the days and keys with calls. From cost_daily once complete (by plan: see the top).
CREATE FUNCTION quotadesk.daily_spend(p_from date, p_to date, p_by text)
RETURNS TABLE (day date, key text, cost_cents bigint)
LANGUAGE plpgsql STABLE AS $$
#variable_conflict use_column
DECLARE
    v_key text;
    v_join text;
    v_source text;
    v_users integer[];
    v_plans text[];
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
        SELECT array_agg(m.user_id), array_agg(m.plan) INTO v_users, v_plans FROM quotadesk.plan_members('freemium', true) m;
    END IF;
    IF p_by = 'plan' AND quotadesk.cost_rollups_ready() AND quotadesk.few_users(cardinality(v_users)) THEN
        -- Paid users' rows under their plan, and out of freemium's share of the day's total.
        RETURN QUERY
        SELECT k.day, k.key, sum(k.cents)::bigint
        FROM (
            SELECT d.day, 'freemium'::text AS key, d.calls, d.cents
            FROM quotadesk.cost_daily d
            WHERE d.day >= p_from AND d.day <= p_to
            UNION ALL
            SELECT l.created_at::date, s.key, s.sign::bigint, s.sign * quotadesk.row_cost_cents(l.estimated_cost_usd)
            FROM unnest(v_users, v_plans) AS m(user_id, plan)
            JOIN public.ai_provider_usage_logs l
              ON l.user_id = m.user_id AND l.created_at >= p_from::timestamp AND l.created_at < (p_to + 1)::timestamp
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

-- cost_month: same signature, columns and rules as in 0022. Its inputs (month to date,
-- failed, last month's same point, the 28 days' spend) from raw rows until the rollups are
-- complete (and for an infinite p_at), from the rollups then; the projection from them
-- in one place.
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
    v_by_user boolean := false; -- a plan's last month and profile from its few users' rows, or the rest's
BEGIN
    IF NOT v_rollups THEN
        -- 0022's rules, word for word.
        SELECT coalesce(sum(quotadesk.row_cost_cents(l.estimated_cost_usd)), 0)::bigint,
               coalesce(sum(quotadesk.row_cost_cents(l.estimated_cost_usd)) FILTER (WHERE quotadesk.call_failed(l.status::text)), 0)::bigint
          INTO v_month, v_failed
          FROM public.ai_provider_usage_logs l
         WHERE l.created_at >= v_m0 AND l.created_at <= v_at
           AND (p_plan IS NULL OR l.user_id IN (SELECT up.user_id FROM quotadesk.user_plans up WHERE up.plan = p_plan));
    ELSIF p_plan IS NULL THEN
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
        -- The plan's users' month less their calls after p_at in it.
        SELECT coalesce(sum(x.cents), 0)::bigint, coalesce(sum(x.failed), 0)::bigint
          INTO v_month, v_failed
          FROM (SELECT r.cents, r.failed_cents AS failed
                  FROM quotadesk.cost_monthly_user r
                 WHERE r.month = v_m0::date
                   AND r.user_id IN (SELECT up.user_id FROM quotadesk.user_plans up WHERE up.plan = p_plan)
                UNION ALL
                SELECT -t.cents, -CASE WHEN t.failed THEN t.cents ELSE 0 END
                  FROM public.ai_provider_usage_logs l
                 CROSS JOIN LATERAL (SELECT quotadesk.row_cost_cents(l.estimated_cost_usd) AS cents,
                                            quotadesk.call_failed(l.status::text) AS failed) t
                 WHERE l.created_at > v_at AND l.created_at < v_m1
                   AND l.user_id IN (SELECT up.user_id FROM quotadesk.user_plans up WHERE up.plan = p_plan)) x;
    END IF;

    IF v_rollups AND p_plan IS NOT NULL THEN
        SELECT array_agg(m.user_id) INTO v_users FROM quotadesk.plan_members(p_plan, p_plan = 'freemium') m;
        v_by_user := quotadesk.few_users(cardinality(v_users));
    END IF;
    IF v_by_user AND p_plan <> 'freemium' THEN
        v_last := 0; -- a paid plan: its users' raw rows, below
    ELSIF v_rollups AND (p_plan IS NULL OR v_by_user) THEN
        -- Every call's (freemium: less the paid plans' users' raw rows, below).
        -- Last month up to the same point: whole days from the rollup; the point's own day
        -- from the raw rows before the point, or the day's rollup less the rows after it,
        -- whichever is the shorter part of the day.
        v_lsplit := CASE WHEN v_lat - v_ld0 < interval '12 hours' THEN v_ld0 ELSE v_ld0 + interval '1 day' END;
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
    END IF;
    IF v_by_user THEN
        -- A paid plan's users' raw rows added, or (freemium) every paid plan's taken away.
        v_sign := CASE WHEN p_plan = 'freemium' THEN -1 ELSE 1 END;
        SELECT v_last + v_sign * coalesce(sum(quotadesk.row_cost_cents(l.estimated_cost_usd)), 0)::bigint
          INTO v_last
          FROM unnest(v_users) AS u(id)
          JOIN public.ai_provider_usage_logs l
            ON l.user_id = u.id AND l.created_at >= v_m0 - interval '1 month' AND l.created_at <= v_lat;
        SELECT array_agg(d.day ORDER BY d.day), array_agg(d.cents ORDER BY d.day)
          INTO v_days, v_cents
          FROM (SELECT x.day, sum(x.cents) AS cents
                  FROM (SELECT r.day, r.cents FROM unnest(v_days, v_cents) AS r(day, cents)
                        UNION ALL
                        SELECT l.created_at::date, v_sign * quotadesk.row_cost_cents(l.estimated_cost_usd)
                          FROM unnest(v_users) AS u(id)
                          JOIN public.ai_provider_usage_logs l
                            ON l.user_id = u.id AND l.created_at >= v_d0 - interval '28 days' AND l.created_at < v_d0) x
                 GROUP BY x.day) d;
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

-- Rights: the trigger functions and the backfill run as the owner; nobody else may call them.
DO $$
DECLARE
    v_fn regprocedure;
BEGIN
    FOR v_fn IN SELECT p.oid::regprocedure FROM pg_catalog.pg_proc p
                WHERE p.pronamespace = 'quotadesk'::regnamespace
                  AND p.proname IN ('cost_rollups_gate', 'cost_rollups_insert', 'cost_rollups_update',
                                    'cost_rollups_delete', 'cost_rollups_truncate', 'cost_rollups_backfill')
    LOOP
        EXECUTE format('ALTER FUNCTION %s SECURITY DEFINER SET search_path = pg_catalog, public, quotadesk, pg_temp', v_fn);
        EXECUTE format('ALTER FUNCTION %s OWNER TO quotadesk_owner', v_fn);
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', v_fn);
    END LOOP;
END
$$;
-- Readers as in 0020 and 0022: the viewer (and so the admin). The triggers run as the owner.
DO $$
DECLARE
    v_fn text;
BEGIN
    FOREACH v_fn IN ARRAY ARRAY['quotadesk.call_failed(text)', 'quotadesk.cost_shard(integer)', 'quotadesk.cost_rollup_lock()', 'quotadesk.cost_rollups_ready()',
                                'quotadesk.cost_by_user(date, date)', 'quotadesk.cost_split(text)',
                                'quotadesk.plan_members(text, boolean)', 'quotadesk.few_users(bigint)',
                                'quotadesk.daily_spend(date, date, text)'] LOOP
        EXECUTE format('ALTER FUNCTION %s OWNER TO quotadesk_owner', v_fn);
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', v_fn);
        EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO quotadesk_viewer', v_fn);
    END LOOP;
END
$$;
REVOKE ALL ON quotadesk.cost_daily, quotadesk.cost_monthly_user, quotadesk.cost_rollup_state FROM PUBLIC;
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON quotadesk.cost_daily, quotadesk.cost_monthly_user TO quotadesk_owner;
GRANT SELECT, UPDATE ON quotadesk.cost_rollup_state TO quotadesk_owner;
GRANT SELECT ON quotadesk.cost_daily, quotadesk.cost_monthly_user, quotadesk.cost_rollup_state TO quotadesk_viewer;

-- Last, and as short as possible: the triggers and the watermark, as in 0012. The lock
-- waits for writers of usage rows in flight, at most one second (then quotactl migrate
-- tries again).
SET LOCAL lock_timeout = '1s';
LOCK TABLE public.ai_provider_usage_logs IN SHARE ROW EXCLUSIVE MODE;

CREATE TRIGGER cost_rollups_gate BEFORE UPDATE OR DELETE ON public.ai_provider_usage_logs
    FOR EACH STATEMENT EXECUTE FUNCTION quotadesk.cost_rollups_gate();
CREATE TRIGGER cost_rollups_insert AFTER INSERT ON public.ai_provider_usage_logs
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION quotadesk.cost_rollups_insert();
CREATE TRIGGER cost_rollups_update AFTER UPDATE ON public.ai_provider_usage_logs
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION quotadesk.cost_rollups_update();
CREATE TRIGGER cost_rollups_delete AFTER DELETE ON public.ai_provider_usage_logs
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION quotadesk.cost_rollups_delete();
CREATE TRIGGER cost_rollups_truncate AFTER TRUNCATE ON public.ai_provider_usage_logs
    FOR EACH STATEMENT EXECUTE FUNCTION quotadesk.cost_rollups_truncate();

INSERT INTO quotadesk.cost_rollup_state (watermark, backfilled_through, completed_at)
SELECT w.mark, 0, CASE WHEN w.mark = 0 THEN now() AT TIME ZONE 'UTC' END
FROM (SELECT coalesce(max(l.id), 0)::bigint AS mark FROM public.ai_provider_usage_logs l) w;
