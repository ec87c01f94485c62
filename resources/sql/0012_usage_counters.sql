-- Exact running usage counters: status, check and the overview read per-user counters
-- plus at most a day of raw rows instead of a month of them, with results identical to
-- the raw-row rules of 0003 at every moment.
--
-- Counters, per user and UTC day (usage_daily) and per user and UTC month (usage_monthly),
-- over the usage rows the counters hold (see "counted" below):
--   tokens   = sum of greatest(raw tokens, 0) of rows with status 'success'
--   calls    = rows of any status
--   bad_rows = rows with status 'success' and negative raw tokens
-- The database keeps them in the transaction that writes the usage rows: statement-level
-- AFTER triggers with transition tables on INSERT, UPDATE and DELETE (each subtracts what
-- the old rows added and adds the new rows, whatever changed: tokens, status, created_at,
-- user_id) and TRUNCATE. Each statement locks counter rows in one order (daily by user and
-- day, then monthly by user and month), so concurrent writers cannot deadlock on them.
--
-- Existing rows: the triggers are created in this migration's transaction, after a lock
-- that waits for in-flight writers of the usage log; the watermark (the highest id then)
-- is read in the same transaction. Rows with id <= watermark predate the triggers; every
-- later statement fires them. The client (Migrator) then counts rows up to the watermark in
-- batches, each its own short transaction (quotadesk.usage_counters_backfill). A row is
-- "counted" when id > watermark or id <= backfilled_through; the triggers skip the others
-- (the backfill will read them as they are then). Until the backfill is complete the
-- status functions read raw rows, as before.
--
-- Races with the backfill: a batch holds an exclusive transaction advisory lock; UPDATE and
-- DELETE of usage rows take it shared (a BEFORE statement trigger, only while the backfill
-- is incomplete), so no batch runs between a row's change and its commit. An INSERT with an
-- explicit id at or below the watermark (rare) takes it shared after the fact and reads
-- the backfill's progress again.

CREATE TABLE quotadesk.usage_daily (
    user_id  integer NOT NULL,
    day      date    NOT NULL,
    tokens   bigint  NOT NULL DEFAULT 0,
    calls    bigint  NOT NULL DEFAULT 0,
    bad_rows bigint  NOT NULL DEFAULT 0,
    PRIMARY KEY (user_id, day)
) WITH (fillfactor = 80); -- room for HOT updates: a counter update touches no index
CREATE INDEX usage_daily_day ON quotadesk.usage_daily (day);

CREATE TABLE quotadesk.usage_monthly (
    user_id  integer NOT NULL,
    month    date    NOT NULL CHECK (month = date_trunc('month', month)::date),
    tokens   bigint  NOT NULL DEFAULT 0,
    calls    bigint  NOT NULL DEFAULT 0,
    bad_rows bigint  NOT NULL DEFAULT 0,
    PRIMARY KEY (user_id, month)
) WITH (fillfactor = 80);
CREATE INDEX usage_monthly_month ON quotadesk.usage_monthly (month);

-- One row: how far the backfill of rows that predate the counters has come.
CREATE TABLE quotadesk.usage_counter_state (
    singleton          boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    watermark          bigint NOT NULL,            -- highest usage row id when the triggers began
    backfilled_through bigint NOT NULL DEFAULT 0,  -- ids up to this are counted by the backfill
    started_at         timestamp NOT NULL DEFAULT (now() AT TIME ZONE 'UTC'),
    completed_at       timestamp
);

-- The transaction advisory lock of the backfill (see above): any constant of its own.
CREATE FUNCTION quotadesk.usage_backfill_lock() RETURNS bigint LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT 7153208415246630211::bigint
$$;

-- Whether the counters hold every usage row (the backfill is complete).
CREATE FUNCTION quotadesk.usage_counters_ready() RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT coalesce((SELECT s.backfilled_through >= s.watermark FROM quotadesk.usage_counter_state s), false)
$$;

-- Trigger functions: they run with the owner's rights (made SECURITY DEFINER below), so
-- that a role allowed to INSERT usage rows keeps the counters without writing them itself.

CREATE FUNCTION quotadesk.usage_counters_gate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT quotadesk.usage_counters_ready() THEN
        PERFORM pg_catalog.pg_advisory_xact_lock_shared(quotadesk.usage_backfill_lock());
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION quotadesk.usage_counters_insert() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    v_mark bigint;
    v_through bigint;
BEGIN
    SELECT s.watermark, s.backfilled_through INTO v_mark, v_through FROM quotadesk.usage_counter_state s;
    IF v_through < v_mark THEN -- a backfill is due: is any new row's id one it has yet to count?
        IF EXISTS (SELECT 1 FROM new_rows n WHERE n.id <= v_mark AND n.id > v_through) THEN
            PERFORM pg_catalog.pg_advisory_xact_lock_shared(quotadesk.usage_backfill_lock());
            SELECT s.watermark, s.backfilled_through INTO v_mark, v_through FROM quotadesk.usage_counter_state s;
        END IF;
    END IF;

    INSERT INTO quotadesk.usage_daily AS c (user_id, day, tokens, calls, bad_rows)
    SELECT n.user_id, n.created_at::date,
           sum(CASE WHEN n.status = 'success' THEN quotadesk.row_tokens(n.total_tokens, n.input_tokens, n.output_tokens) ELSE 0 END)::bigint,
           count(*),
           count(*) FILTER (WHERE n.status = 'success' AND quotadesk.raw_tokens(n.total_tokens, n.input_tokens, n.output_tokens) < 0)
    FROM new_rows n
    WHERE n.id > v_mark OR n.id <= v_through
    GROUP BY 1, 2
    ORDER BY 1, 2
    ON CONFLICT (user_id, day) DO UPDATE
        SET tokens = c.tokens + EXCLUDED.tokens, calls = c.calls + EXCLUDED.calls, bad_rows = c.bad_rows + EXCLUDED.bad_rows;

    INSERT INTO quotadesk.usage_monthly AS c (user_id, month, tokens, calls, bad_rows)
    SELECT n.user_id, date_trunc('month', n.created_at)::date,
           sum(CASE WHEN n.status = 'success' THEN quotadesk.row_tokens(n.total_tokens, n.input_tokens, n.output_tokens) ELSE 0 END)::bigint,
           count(*),
           count(*) FILTER (WHERE n.status = 'success' AND quotadesk.raw_tokens(n.total_tokens, n.input_tokens, n.output_tokens) < 0)
    FROM new_rows n
    WHERE n.id > v_mark OR n.id <= v_through
    GROUP BY 1, 2
    ORDER BY 1, 2
    ON CONFLICT (user_id, month) DO UPDATE
        SET tokens = c.tokens + EXCLUDED.tokens, calls = c.calls + EXCLUDED.calls, bad_rows = c.bad_rows + EXCLUDED.bad_rows;
    RETURN NULL;
END
$$;

-- UPDATE: minus what the old rows added, plus the new rows; buckets whose sums do not
-- change (an update of latency or an error message) are not touched, nor locked.
CREATE FUNCTION quotadesk.usage_counters_update() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    v_mark bigint;
    v_through bigint;
BEGIN
    SELECT s.watermark, s.backfilled_through INTO v_mark, v_through FROM quotadesk.usage_counter_state s;

    INSERT INTO quotadesk.usage_daily AS c (user_id, day, tokens, calls, bad_rows)
    SELECT d.user_id, d.bucket, sum(d.tokens)::bigint, sum(d.calls)::bigint, sum(d.bad_rows)::bigint
    FROM (
        SELECT n.user_id, n.created_at::date AS bucket,
               CASE WHEN n.status = 'success' THEN quotadesk.row_tokens(n.total_tokens, n.input_tokens, n.output_tokens) ELSE 0 END AS tokens,
               1 AS calls,
               CASE WHEN n.status = 'success' AND quotadesk.raw_tokens(n.total_tokens, n.input_tokens, n.output_tokens) < 0 THEN 1 ELSE 0 END AS bad_rows
        FROM new_rows n WHERE n.id > v_mark OR n.id <= v_through
        UNION ALL
        SELECT o.user_id, o.created_at::date,
               -CASE WHEN o.status = 'success' THEN quotadesk.row_tokens(o.total_tokens, o.input_tokens, o.output_tokens) ELSE 0 END,
               -1,
               -CASE WHEN o.status = 'success' AND quotadesk.raw_tokens(o.total_tokens, o.input_tokens, o.output_tokens) < 0 THEN 1 ELSE 0 END
        FROM old_rows o WHERE o.id > v_mark OR o.id <= v_through
    ) d
    GROUP BY d.user_id, d.bucket
    HAVING sum(d.tokens) <> 0 OR sum(d.calls) <> 0 OR sum(d.bad_rows) <> 0
    ORDER BY d.user_id, d.bucket
    ON CONFLICT (user_id, day) DO UPDATE
        SET tokens = c.tokens + EXCLUDED.tokens, calls = c.calls + EXCLUDED.calls, bad_rows = c.bad_rows + EXCLUDED.bad_rows;

    INSERT INTO quotadesk.usage_monthly AS c (user_id, month, tokens, calls, bad_rows)
    SELECT d.user_id, d.bucket, sum(d.tokens)::bigint, sum(d.calls)::bigint, sum(d.bad_rows)::bigint
    FROM (
        SELECT n.user_id, date_trunc('month', n.created_at)::date AS bucket,
               CASE WHEN n.status = 'success' THEN quotadesk.row_tokens(n.total_tokens, n.input_tokens, n.output_tokens) ELSE 0 END AS tokens,
               1 AS calls,
               CASE WHEN n.status = 'success' AND quotadesk.raw_tokens(n.total_tokens, n.input_tokens, n.output_tokens) < 0 THEN 1 ELSE 0 END AS bad_rows
        FROM new_rows n WHERE n.id > v_mark OR n.id <= v_through
        UNION ALL
        SELECT o.user_id, date_trunc('month', o.created_at)::date,
               -CASE WHEN o.status = 'success' THEN quotadesk.row_tokens(o.total_tokens, o.input_tokens, o.output_tokens) ELSE 0 END,
               -1,
               -CASE WHEN o.status = 'success' AND quotadesk.raw_tokens(o.total_tokens, o.input_tokens, o.output_tokens) < 0 THEN 1 ELSE 0 END
        FROM old_rows o WHERE o.id > v_mark OR o.id <= v_through
    ) d
    GROUP BY d.user_id, d.bucket
    HAVING sum(d.tokens) <> 0 OR sum(d.calls) <> 0 OR sum(d.bad_rows) <> 0
    ORDER BY d.user_id, d.bucket
    ON CONFLICT (user_id, month) DO UPDATE
        SET tokens = c.tokens + EXCLUDED.tokens, calls = c.calls + EXCLUDED.calls, bad_rows = c.bad_rows + EXCLUDED.bad_rows;
    RETURN NULL;
END
$$;

CREATE FUNCTION quotadesk.usage_counters_delete() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    v_mark bigint;
    v_through bigint;
BEGIN
    SELECT s.watermark, s.backfilled_through INTO v_mark, v_through FROM quotadesk.usage_counter_state s;

    INSERT INTO quotadesk.usage_daily AS c (user_id, day, tokens, calls, bad_rows)
    SELECT o.user_id, o.created_at::date,
           -sum(CASE WHEN o.status = 'success' THEN quotadesk.row_tokens(o.total_tokens, o.input_tokens, o.output_tokens) ELSE 0 END)::bigint,
           -count(*),
           -count(*) FILTER (WHERE o.status = 'success' AND quotadesk.raw_tokens(o.total_tokens, o.input_tokens, o.output_tokens) < 0)
    FROM old_rows o
    WHERE o.id > v_mark OR o.id <= v_through
    GROUP BY 1, 2
    ORDER BY 1, 2
    ON CONFLICT (user_id, day) DO UPDATE
        SET tokens = c.tokens + EXCLUDED.tokens, calls = c.calls + EXCLUDED.calls, bad_rows = c.bad_rows + EXCLUDED.bad_rows;

    INSERT INTO quotadesk.usage_monthly AS c (user_id, month, tokens, calls, bad_rows)
    SELECT o.user_id, date_trunc('month', o.created_at)::date,
           -sum(CASE WHEN o.status = 'success' THEN quotadesk.row_tokens(o.total_tokens, o.input_tokens, o.output_tokens) ELSE 0 END)::bigint,
           -count(*),
           -count(*) FILTER (WHERE o.status = 'success' AND quotadesk.raw_tokens(o.total_tokens, o.input_tokens, o.output_tokens) < 0)
    FROM old_rows o
    WHERE o.id > v_mark OR o.id <= v_through
    GROUP BY 1, 2
    ORDER BY 1, 2
    ON CONFLICT (user_id, month) DO UPDATE
        SET tokens = c.tokens + EXCLUDED.tokens, calls = c.calls + EXCLUDED.calls, bad_rows = c.bad_rows + EXCLUDED.bad_rows;
    RETURN NULL;
END
$$;

-- TRUNCATE removes every usage row: nothing left to count, nothing left to backfill.
CREATE FUNCTION quotadesk.usage_counters_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE quotadesk.usage_daily, quotadesk.usage_monthly;
    UPDATE quotadesk.usage_counter_state
       SET backfilled_through = greatest(backfilled_through, watermark),
           completed_at = coalesce(completed_at, now() AT TIME ZONE 'UTC');
    RETURN NULL;
END
$$;

-- One backfill batch, in the caller's (short) transaction: counts the next p_batch ids
-- below the watermark. Returns how far it has come; complete when through >= watermark.
CREATE FUNCTION quotadesk.usage_counters_backfill(p_batch integer)
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
    PERFORM pg_catalog.pg_advisory_xact_lock(quotadesk.usage_backfill_lock());
    SELECT s.watermark, s.backfilled_through INTO v_mark, v_through FROM quotadesk.usage_counter_state s FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'The usage counters are not installed (migration 0012).' USING ERRCODE = '55000';
    END IF;
    IF v_through < v_mark THEN
        v_to := least(v_through + p_batch, v_mark);

        INSERT INTO quotadesk.usage_daily AS c (user_id, day, tokens, calls, bad_rows)
        SELECT l.user_id, l.created_at::date,
               sum(CASE WHEN l.status = 'success' THEN quotadesk.row_tokens(l.total_tokens, l.input_tokens, l.output_tokens) ELSE 0 END)::bigint,
               count(*),
               count(*) FILTER (WHERE l.status = 'success' AND quotadesk.raw_tokens(l.total_tokens, l.input_tokens, l.output_tokens) < 0)
        FROM public.ai_provider_usage_logs l
        WHERE l.id > v_through AND l.id <= v_to
        GROUP BY 1, 2
        ORDER BY 1, 2
        ON CONFLICT (user_id, day) DO UPDATE
            SET tokens = c.tokens + EXCLUDED.tokens, calls = c.calls + EXCLUDED.calls, bad_rows = c.bad_rows + EXCLUDED.bad_rows;

        INSERT INTO quotadesk.usage_monthly AS c (user_id, month, tokens, calls, bad_rows)
        SELECT l.user_id, date_trunc('month', l.created_at)::date,
               sum(CASE WHEN l.status = 'success' THEN quotadesk.row_tokens(l.total_tokens, l.input_tokens, l.output_tokens) ELSE 0 END)::bigint,
               count(*),
               count(*) FILTER (WHERE l.status = 'success' AND quotadesk.raw_tokens(l.total_tokens, l.input_tokens, l.output_tokens) < 0)
        FROM public.ai_provider_usage_logs l
        WHERE l.id > v_through AND l.id <= v_to
        GROUP BY 1, 2
        ORDER BY 1, 2
        ON CONFLICT (user_id, month) DO UPDATE
            SET tokens = c.tokens + EXCLUDED.tokens, calls = c.calls + EXCLUDED.calls, bad_rows = c.bad_rows + EXCLUDED.bad_rows;

        UPDATE quotadesk.usage_counter_state s
           SET backfilled_through = v_to,
               completed_at = CASE WHEN v_to >= v_mark THEN now() AT TIME ZONE 'UTC' END;
        v_through := v_to;
    END IF;
    RETURN QUERY SELECT v_through, v_mark, v_through >= v_mark;
END
$$;

-- Success rows of one user with p_from <= created_at < p_to, p_from a UTC midnight: whole
-- days from the daily counters, the part of p_to's day from raw rows.
CREATE FUNCTION quotadesk.usage_between(p_user integer, p_from timestamp, p_to timestamp)
RETURNS TABLE (tokens bigint, bad_rows bigint)
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT coalesce(sum(k.tokens), 0)::bigint, coalesce(sum(k.bad_rows), 0)::bigint
    FROM (
        SELECT d.tokens, d.bad_rows
        FROM quotadesk.usage_daily d
        WHERE d.user_id = p_user AND d.day >= p_from::date AND d.day < p_to::date
        UNION ALL
        SELECT quotadesk.row_tokens(l.total_tokens, l.input_tokens, l.output_tokens),
               CASE WHEN quotadesk.raw_tokens(l.total_tokens, l.input_tokens, l.output_tokens) < 0 THEN 1 ELSE 0 END
        FROM public.ai_provider_usage_logs l
        WHERE l.user_id = p_user AND l.status = 'success'
          AND l.created_at >= greatest(p_from, date_trunc('day', p_to)) AND l.created_at < p_to
    ) k
$$;

-- Usage per user at p_at from raw rows: the rules of quota_status_at in 0003, unchanged.
CREATE FUNCTION quotadesk.usage_raw(p_at timestamp, p_user integer)
RETURNS TABLE (user_id integer, daily_used bigint, monthly_used bigint, hourly_calls bigint, bad_rows bigint)
LANGUAGE sql STABLE PARALLEL SAFE AS $$
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
$$;

-- The same from the counters. With D = p_at's UTC midnight and M its month's first day:
--   month [M, p_at] = monthly counter - daily counters of the month's days after p_at's day
--                     - raw rows in (p_at, D + 1 day)   (at p_at = now: future-dated rows)
--   day   [D, p_at] = daily counter of D - the same raw rows
--   hour            = raw rows in (p_at - 60 minutes, p_at], as before
-- A reset at T restricts its window to rows after T: the rows from the window's start up
-- to T are subtracted (usage_between: whole days from counters, T's day from raw rows);
-- only users with a reset inside the window pay for that. bad_rows covers the union of the
-- day and month windows, which both end at p_at: the wider of the two.
-- Users: p_user, or all when NULL, written as a range (lo..hi) rather than "p_user IS NULL
-- OR ...", so that a cached generic plan for one user still uses the indexes.
CREATE FUNCTION quotadesk.usage_counted(p_at timestamp, p_user integer)
RETURNS TABLE (user_id integer, daily_used bigint, monthly_used bigint, hourly_calls bigint, bad_rows bigint)
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT k.user_id, sum(k.day_tokens)::bigint, sum(k.month_tokens)::bigint, sum(k.calls)::bigint, sum(k.bad_rows)::bigint
    FROM (
        SELECT mo.user_id, 0::bigint AS day_tokens, mo.tokens AS month_tokens, 0::bigint AS calls, mo.bad_rows
        FROM quotadesk.usage_monthly mo
        WHERE mo.month = date_trunc('month', p_at)::date
          AND mo.user_id BETWEEN coalesce(p_user, -2147483648) AND coalesce(p_user, 2147483647)
        UNION ALL
        SELECT dy.user_id, dy.tokens, 0, 0, 0
        FROM quotadesk.usage_daily dy
        WHERE dy.day = p_at::date
          AND dy.user_id BETWEEN coalesce(p_user, -2147483648) AND coalesce(p_user, 2147483647)
        UNION ALL
        SELECT later.user_id, 0, -later.tokens, 0, -later.bad_rows
        FROM quotadesk.usage_daily later
        WHERE later.day > p_at::date AND later.day < (date_trunc('month', p_at) + interval '1 month')::date
          AND later.user_id BETWEEN coalesce(p_user, -2147483648) AND coalesce(p_user, 2147483647)
        UNION ALL
        SELECT tail.user_id, -t.tokens, -t.tokens, 0, -t.bad
        FROM public.ai_provider_usage_logs tail
        CROSS JOIN LATERAL (SELECT quotadesk.row_tokens(tail.total_tokens, tail.input_tokens, tail.output_tokens) AS tokens,
                                   CASE WHEN quotadesk.raw_tokens(tail.total_tokens, tail.input_tokens, tail.output_tokens) < 0
                                        THEN 1 ELSE 0 END::bigint AS bad) t
        WHERE tail.status = 'success' AND tail.created_at > p_at
          AND tail.created_at < date_trunc('day', p_at) + interval '1 day'
          AND tail.user_id BETWEEN coalesce(p_user, -2147483648) AND coalesce(p_user, 2147483647)
        UNION ALL
        SELECT h.user_id, 0, 0, 1, 0
        FROM public.ai_provider_usage_logs h
        WHERE h.created_at > p_at - interval '60 minutes' AND h.created_at <= p_at
          AND h.user_id BETWEEN coalesce(p_user, -2147483648) AND coalesce(p_user, 2147483647)
          AND NOT EXISTS (SELECT 1 FROM quotadesk.quota_resets hr
                          WHERE hr.user_id = h.user_id AND hr.period = 'hourly'
                            AND hr.reset_at >= h.created_at AND hr.reset_at <= p_at)
        UNION ALL
        SELECT r.user_id, -bd.tokens, -bm.tokens, 0, -bu.bad_rows
        FROM (
            SELECT lr.user_id,
                   greatest(date_trunc('day', p_at), max(lr.reset_at) FILTER (WHERE lr.period = 'daily') + interval '1 microsecond') AS day_from,
                   greatest(date_trunc('month', p_at), max(lr.reset_at) FILTER (WHERE lr.period = 'monthly') + interval '1 microsecond') AS month_from
            FROM quotadesk.quota_resets lr
            WHERE lr.reset_at >= date_trunc('month', p_at) AND lr.reset_at <= p_at AND lr.period IN ('daily', 'monthly')
              AND lr.user_id BETWEEN coalesce(p_user, -2147483648) AND coalesce(p_user, 2147483647)
            GROUP BY lr.user_id
        ) r
        CROSS JOIN LATERAL quotadesk.usage_between(r.user_id, date_trunc('day', p_at), r.day_from) bd
        CROSS JOIN LATERAL quotadesk.usage_between(r.user_id, date_trunc('month', p_at), r.month_from) bm
        CROSS JOIN LATERAL quotadesk.usage_between(r.user_id, date_trunc('month', p_at), least(r.day_from, r.month_from)) bu
    ) k
    GROUP BY k.user_id
$$;

-- Counters once the backfill is complete, raw rows until then. PL/pgSQL, so that only the
-- branch taken is planned, and a session asking for one user after another reuses a
-- cached plan.
CREATE FUNCTION quotadesk.usage_at(p_at timestamp, p_user integer)
RETURNS TABLE (user_id integer, daily_used bigint, monthly_used bigint, hourly_calls bigint, bad_rows bigint)
LANGUAGE plpgsql STABLE PARALLEL SAFE ROWS 10000 AS $$
BEGIN
    IF NOT quotadesk.usage_counters_ready() THEN
        RETURN QUERY SELECT * FROM quotadesk.usage_raw(p_at, p_user);
    ELSIF p_user IS NULL THEN
        RETURN QUERY SELECT * FROM quotadesk.usage_counted(p_at, NULL::integer);
    ELSE
        RETURN QUERY SELECT * FROM quotadesk.usage_counted(p_at, p_user);
    END IF;
END
$$;

-- The raw-row implementation of 0003, kept word for word as the oracle of the counters
-- (quotactl verify-counters, the tests, the benchmark).
CREATE FUNCTION quotadesk.quota_status_raw(p_at timestamp, p_user integer)
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

-- quota_status_at: same signature, columns and rules; usage from usage_at.
CREATE OR REPLACE FUNCTION quotadesk.quota_status_at(p_at timestamp, p_user integer)
RETURNS TABLE (
    user_id integer, email text, full_name text, is_active boolean,
    plan text, subscription_status text, limits_known boolean,
    daily_used bigint, daily_limit bigint, daily_remaining bigint, daily_percentage integer, daily_level text,
    monthly_used bigint, monthly_limit bigint, monthly_remaining bigint, monthly_percentage integer, monthly_level text,
    hourly_calls bigint, hourly_limit bigint, hourly_remaining bigint, hourly_percentage integer, hourly_level text,
    bad_rows bigint, daily_resets_at text, monthly_resets_at text,
    last_daily_reset text, last_monthly_reset text, last_hourly_reset text, evaluated_at text)
LANGUAGE sql STABLE PARALLEL SAFE AS $$
SELECT p.user_id, p.email, p.full_name, p.is_active, p.plan, p.subscription_status, p.limits_known,
       p.daily_used, p.daily_limit, quotadesk.remaining(p.daily_used, p.daily_limit), p.daily_pct, quotadesk.warning_level(p.daily_pct),
       p.monthly_used, p.monthly_limit, quotadesk.remaining(p.monthly_used, p.monthly_limit), p.monthly_pct,
       quotadesk.warning_level(p.monthly_pct),
       p.hourly_calls, p.hourly_limit, quotadesk.remaining(p.hourly_calls, p.hourly_limit), p.hourly_pct,
       quotadesk.warning_level(p.hourly_pct),
       p.bad_rows, w.daily_resets_at, w.monthly_resets_at,
       -- Most users were never reset: nothing to format for them (iso() is a call per row).
       CASE WHEN p.daily_reset IS NOT NULL THEN quotadesk.iso(p.daily_reset) END,
       CASE WHEN p.monthly_reset IS NOT NULL THEN quotadesk.iso(p.monthly_reset) END,
       CASE WHEN p.hourly_reset IS NOT NULL THEN quotadesk.iso(p.hourly_reset) END,
       w.evaluated_at
FROM (
-- Each percentage once: warning_level() reads its argument three times, and would not be
-- inlined over a computed one.
SELECT m.*, quotadesk.percentage(m.daily_used, m.daily_limit) AS daily_pct,
       quotadesk.percentage(m.monthly_used, m.monthly_limit) AS monthly_pct,
       quotadesk.percentage(m.hourly_calls, m.hourly_limit) AS hourly_pct
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
    LEFT JOIN quotadesk.usage_at(p_at, p_user) g ON g.user_id = u.id
    WHERE p_user IS NULL OR u.id = p_user
) m
OFFSET 0 -- a fence: the percentages are computed here, once per row
) p
-- Once per query, not per row: the ends of the windows and the evaluation time, as text.
CROSS JOIN (SELECT quotadesk.iso(date_trunc('day', p_at) + interval '1 day') AS daily_resets_at,
                   quotadesk.iso(date_trunc('month', p_at) + interval '1 month') AS monthly_resets_at,
                   quotadesk.iso(p_at) AS evaluated_at) w
ORDER BY p.user_id
$$;

-- Every (user, day) and (user, month) whose counters differ from the raw rows they hold
-- (while a backfill runs: the counted rows only), first by user, period, bucket. Empty
-- when there is no drift. One statement: one snapshot of rows and counters.
CREATE FUNCTION quotadesk.usage_counter_drift()
RETURNS TABLE (user_id integer, period text, bucket date,
               counted_tokens bigint, counted_calls bigint, counted_bad_rows bigint,
               actual_tokens bigint, actual_calls bigint, actual_bad_rows bigint)
LANGUAGE sql STABLE AS $$
    WITH s AS (
        SELECT coalesce((SELECT x.watermark FROM quotadesk.usage_counter_state x), 0) AS watermark,
               coalesce((SELECT x.backfilled_through FROM quotadesk.usage_counter_state x), 0) AS through
    ), raw_days AS MATERIALIZED (
        SELECT l.user_id, l.created_at::date AS day,
               coalesce(sum(quotadesk.row_tokens(l.total_tokens, l.input_tokens, l.output_tokens)) FILTER (WHERE l.status = 'success'), 0)::bigint AS tokens,
               count(*) AS calls,
               count(*) FILTER (WHERE l.status = 'success' AND quotadesk.raw_tokens(l.total_tokens, l.input_tokens, l.output_tokens) < 0) AS bad_rows
        FROM public.ai_provider_usage_logs l CROSS JOIN s
        WHERE l.id > s.watermark OR l.id <= s.through
        GROUP BY 1, 2
    ), raw_months AS (
        SELECT r.user_id, date_trunc('month', r.day)::date AS month,
               sum(r.tokens)::bigint AS tokens, sum(r.calls)::bigint AS calls, sum(r.bad_rows)::bigint AS bad_rows
        FROM raw_days r GROUP BY 1, 2
    )
    SELECT * FROM (
        SELECT coalesce(c.user_id, r.user_id), 'daily'::text, coalesce(c.day, r.day),
               c.tokens, c.calls, c.bad_rows, coalesce(r.tokens, 0), coalesce(r.calls, 0), coalesce(r.bad_rows, 0)
        FROM quotadesk.usage_daily c
        FULL JOIN raw_days r ON r.user_id = c.user_id AND r.day = c.day
        WHERE (coalesce(c.tokens, 0), coalesce(c.calls, 0), coalesce(c.bad_rows, 0))
              IS DISTINCT FROM (coalesce(r.tokens, 0), coalesce(r.calls, 0), coalesce(r.bad_rows, 0))
        UNION ALL
        SELECT coalesce(c.user_id, r.user_id), 'monthly'::text, coalesce(c.month, r.month),
               c.tokens, c.calls, c.bad_rows, coalesce(r.tokens, 0), coalesce(r.calls, 0), coalesce(r.bad_rows, 0)
        FROM quotadesk.usage_monthly c
        FULL JOIN raw_months r ON r.user_id = c.user_id AND r.month = c.month
        WHERE (coalesce(c.tokens, 0), coalesce(c.calls, 0), coalesce(c.bad_rows, 0))
              IS DISTINCT FROM (coalesce(r.tokens, 0), coalesce(r.calls, 0), coalesce(r.bad_rows, 0))
    ) d
    ORDER BY 1, 2, 3
$$;

-- Rights: the trigger functions and the backfill run as the owner; nobody else may call them.
DO $$
DECLARE
    v_fn regprocedure;
BEGIN
    FOR v_fn IN SELECT p.oid::regprocedure FROM pg_catalog.pg_proc p
                WHERE p.pronamespace = 'quotadesk'::regnamespace
                  AND p.proname IN ('usage_counters_gate', 'usage_counters_insert', 'usage_counters_update',
                                    'usage_counters_delete', 'usage_counters_truncate', 'usage_counters_backfill')
    LOOP
        EXECUTE format('ALTER FUNCTION %s SECURITY DEFINER SET search_path = pg_catalog, public, quotadesk, pg_temp', v_fn);
        EXECUTE format('ALTER FUNCTION %s OWNER TO quotadesk_owner', v_fn);
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', v_fn);
    END LOOP;
END
$$;
REVOKE ALL ON FUNCTION quotadesk.usage_backfill_lock(), quotadesk.usage_counters_ready(),
                       quotadesk.usage_between(integer, timestamp, timestamp), quotadesk.usage_raw(timestamp, integer),
                       quotadesk.usage_counted(timestamp, integer), quotadesk.usage_at(timestamp, integer),
                       quotadesk.quota_status_raw(timestamp, integer), quotadesk.usage_counter_drift() FROM PUBLIC;
REVOKE ALL ON quotadesk.usage_daily, quotadesk.usage_monthly, quotadesk.usage_counter_state FROM PUBLIC;

GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON quotadesk.usage_daily, quotadesk.usage_monthly TO quotadesk_owner;
GRANT SELECT, UPDATE ON quotadesk.usage_counter_state TO quotadesk_owner;
GRANT EXECUTE ON FUNCTION quotadesk.usage_backfill_lock(), quotadesk.usage_counters_ready(),
                          quotadesk.usage_between(integer, timestamp, timestamp), quotadesk.usage_raw(timestamp, integer),
                          quotadesk.usage_counted(timestamp, integer), quotadesk.usage_at(timestamp, integer),
                          quotadesk.quota_status_raw(timestamp, integer) TO quotadesk_owner;

-- Readers of status (viewer, and so admin; service) read what quota_status_at reads.
GRANT SELECT ON quotadesk.usage_daily, quotadesk.usage_monthly, quotadesk.usage_counter_state
    TO quotadesk_viewer, quotadesk_service;
GRANT EXECUTE ON FUNCTION quotadesk.usage_backfill_lock(), quotadesk.usage_counters_ready(),
                          quotadesk.usage_between(integer, timestamp, timestamp), quotadesk.usage_raw(timestamp, integer),
                          quotadesk.usage_counted(timestamp, integer), quotadesk.usage_at(timestamp, integer),
                          quotadesk.quota_status_raw(timestamp, integer)
    TO quotadesk_viewer, quotadesk_service;
GRANT EXECUTE ON FUNCTION quotadesk.usage_counter_drift() TO quotadesk_viewer;

-- Last, and as short as possible: the triggers and the watermark. The lock waits for
-- writers of usage rows in flight (and holds new ones back until this migration commits),
-- at most one second: past that the migration fails and quotactl migrate tries again.
SET LOCAL lock_timeout = '1s';
LOCK TABLE public.ai_provider_usage_logs IN SHARE ROW EXCLUSIVE MODE;

CREATE TRIGGER usage_counters_gate BEFORE UPDATE OR DELETE ON public.ai_provider_usage_logs
    FOR EACH STATEMENT EXECUTE FUNCTION quotadesk.usage_counters_gate();
CREATE TRIGGER usage_counters_insert AFTER INSERT ON public.ai_provider_usage_logs
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION quotadesk.usage_counters_insert();
CREATE TRIGGER usage_counters_update AFTER UPDATE ON public.ai_provider_usage_logs
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION quotadesk.usage_counters_update();
CREATE TRIGGER usage_counters_delete AFTER DELETE ON public.ai_provider_usage_logs
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION quotadesk.usage_counters_delete();
CREATE TRIGGER usage_counters_truncate AFTER TRUNCATE ON public.ai_provider_usage_logs
    FOR EACH STATEMENT EXECUTE FUNCTION quotadesk.usage_counters_truncate();

INSERT INTO quotadesk.usage_counter_state (watermark, backfilled_through, completed_at)
SELECT w.mark, 0, CASE WHEN w.mark = 0 THEN now() AT TIME ZONE 'UTC' END
FROM (SELECT coalesce(max(l.id), 0)::bigint AS mark FROM public.ai_provider_usage_logs l) w;
