-- Where the AI money goes (quotactl costs, the Costs page).
--
-- ai_provider_usage_logs.estimated_cost_usd holds US cents, whatever its name says; a NULL
-- or negative cost counts 0, as the Overview's tiles have always summed it. Every call is
-- billed, failed ones too (status 'error' or 'timeout'), so they are in the totals and also
-- shown apart. Tokens: each call's tokens (total, else input + output; negative as 0), of
-- any status. Days are UTC days: created_at is UTC.

-- One call's cost in cents, as every cost figure counts it.
CREATE FUNCTION quotadesk.row_cost_cents(p_cost integer) RETURNS bigint LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT greatest(coalesce(p_cost, 0), 0)::bigint
$$;

-- The calls made on UTC days p_from to p_to (both included), costed. Inlined into the
-- breakdowns below: one range of the created_at index.
CREATE FUNCTION quotadesk.costed_calls(p_from date, p_to date)
RETURNS TABLE (user_id integer, provider_config_id integer, task_type text, day date,
               tokens bigint, cost_cents bigint, failed boolean)
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT l.user_id, l.provider_config_id, l.task_type::text, l.created_at::date,
           quotadesk.row_tokens(l.total_tokens, l.input_tokens, l.output_tokens),
           quotadesk.row_cost_cents(l.estimated_cost_usd),
           coalesce(l.status IN ('error', 'timeout'), false)
    FROM public.ai_provider_usage_logs l
    WHERE l.created_at >= p_from::timestamp AND l.created_at < (p_to + 1)::timestamp
$$;

-- Calls, tokens and cost of UTC days p_from..p_to by p_by:
--   day    'YYYY-MM-DD', every day of the range (0 for a day without calls), oldest first;
--   model  'provider/model' (ai_provider_configs);  task  the task type;
--   plan   the user's plan now (quotadesk.user_plans);  user  the user id;
-- those by cost, highest first (then key). One statement per breakdown, one snapshot.
CREATE FUNCTION quotadesk.cost_breakdown(p_from date, p_to date, p_by text)
RETURNS TABLE (key text, calls bigint, tokens bigint, cost_cents bigint, failed_cost_cents bigint)
LANGUAGE plpgsql STABLE AS $$
DECLARE
    -- The key of each breakdown but 'day', and what it joins: a fixed list, never input.
    v_key text := CASE p_by WHEN 'model' THEN 'coalesce(pc.provider_type::text || ''/'' || pc.model_name::text, ''?/?'')'
                            WHEN 'task' THEN 'c.task_type'
                            WHEN 'plan' THEN 'up.plan'
                            WHEN 'user' THEN 'c.user_id::text' END;
    v_join text := CASE p_by WHEN 'model' THEN 'LEFT JOIN public.ai_provider_configs pc ON pc.id = c.provider_config_id'
                             WHEN 'plan' THEN 'LEFT JOIN quotadesk.user_plans up ON up.user_id = c.user_id'
                             ELSE '' END;
BEGIN
    IF p_by IS NULL OR (p_by <> 'day' AND v_key IS NULL) THEN
        RAISE EXCEPTION 'Unknown cost breakdown "%": use day, model, task, plan or user.', p_by USING ERRCODE = '22023';
    END IF;
    IF p_from IS NULL OR p_to IS NULL OR p_from > p_to THEN
        RAISE EXCEPTION 'The cost report needs a first day no later than its last (got % to %).', p_from, p_to
            USING ERRCODE = '22023';
    END IF;
    IF p_by = 'day' THEN
        RETURN QUERY
        SELECT to_char(d.day, 'YYYY-MM-DD'), coalesce(a.calls, 0), coalesce(a.tokens, 0),
               coalesce(a.cost_cents, 0), coalesce(a.failed_cost_cents, 0)
        FROM generate_series(p_from, p_to, interval '1 day') AS d(day)
        LEFT JOIN (
            SELECT c.day, count(*) AS calls, sum(c.tokens)::bigint AS tokens, sum(c.cost_cents)::bigint AS cost_cents,
                   coalesce(sum(c.cost_cents) FILTER (WHERE c.failed), 0)::bigint AS failed_cost_cents
            FROM quotadesk.costed_calls(p_from, p_to) c
            GROUP BY c.day
        ) a ON a.day = d.day::date
        ORDER BY d.day;
        RETURN;
    END IF;
    RETURN QUERY EXECUTE format(
        'SELECT %s AS key, count(*), sum(c.tokens)::bigint, sum(c.cost_cents)::bigint,
                coalesce(sum(c.cost_cents) FILTER (WHERE c.failed), 0)::bigint
         FROM quotadesk.costed_calls($1, $2) c %s
         GROUP BY 1
         ORDER BY 4 DESC, 1', v_key, v_join)
        USING p_from, p_to;
END
$$;

DO $$
DECLARE
    v_fn text;
BEGIN
    FOREACH v_fn IN ARRAY ARRAY['quotadesk.row_cost_cents(integer)', 'quotadesk.costed_calls(date, date)',
                                'quotadesk.cost_breakdown(date, date, text)'] LOOP
        EXECUTE format('ALTER FUNCTION %s OWNER TO quotadesk_owner', v_fn);
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', v_fn);
        EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO quotadesk_viewer', v_fn);
    END LOOP;
END
$$;
