-- Time to exhaustion for every user at once (the Quotas table sorts by it), from the
-- counters: 0021 summed seven days of raw rows per user, fine for one user, not for a
-- table of 100,000.

-- The rates of 0021, per user (p_user, or everyone when NULL): successful calls' tokens
-- (row_tokens) in (p_at - 60 minutes, p_at] and in (p_at - 7 days, p_at]. With the
-- counters complete, the seven days are, with F = p_at - 7 days and D = p_at's day:
--   raw rows of F's day after F + daily counters of the days after F's up to D
--   - raw rows of D after p_at (future-dated rows, at p_at = now)
-- and raw rows otherwise. A user without such tokens has no row, or one of zeros.
CREATE FUNCTION quotadesk.usage_rates(p_at timestamp, p_user integer)
RETURNS TABLE (user_id integer, tokens_last_hour bigint, tokens_last_7_days bigint)
LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
#variable_conflict use_column
DECLARE
    v_from timestamp := p_at - interval '7 days';
    v_lo integer := coalesce(p_user, -2147483648); -- a range rather than "p_user IS NULL OR ...":
    v_hi integer := coalesce(p_user, 2147483647);  -- a plan kept for one user still uses the indexes
BEGIN
    IF NOT quotadesk.usage_counters_ready() THEN
        RETURN QUERY
        SELECT l.user_id,
               coalesce(sum(quotadesk.row_tokens(l.total_tokens, l.input_tokens, l.output_tokens))
                            FILTER (WHERE l.created_at > p_at - interval '60 minutes'), 0)::bigint,
               coalesce(sum(quotadesk.row_tokens(l.total_tokens, l.input_tokens, l.output_tokens)), 0)::bigint
        FROM public.ai_provider_usage_logs l
        WHERE l.status = 'success' AND l.created_at > v_from AND l.created_at <= p_at
          AND l.user_id BETWEEN v_lo AND v_hi
        GROUP BY l.user_id;
        RETURN;
    END IF;
    RETURN QUERY
    SELECT k.user_id, sum(k.hour)::bigint, sum(k.week)::bigint
    FROM (
        SELECT d.user_id, 0::bigint AS hour, d.tokens AS week
        FROM quotadesk.usage_daily d
        WHERE d.day > v_from::date AND d.day <= p_at::date AND d.user_id BETWEEN v_lo AND v_hi
        UNION ALL
        SELECT l.user_id,
               CASE WHEN l.created_at > p_at - interval '60 minutes' AND l.created_at <= p_at THEN t.tokens ELSE 0 END,
               CASE WHEN l.created_at > p_at THEN -t.tokens
                    WHEN l.created_at < date_trunc('day', v_from) + interval '1 day' THEN t.tokens
                    ELSE 0 END
        FROM public.ai_provider_usage_logs l
        CROSS JOIN LATERAL (SELECT quotadesk.row_tokens(l.total_tokens, l.input_tokens, l.output_tokens) AS tokens) t
        WHERE l.status = 'success' AND l.user_id BETWEEN v_lo AND v_hi
          AND ((l.created_at > v_from AND l.created_at < date_trunc('day', v_from) + interval '1 day')
               OR (l.created_at > p_at - interval '60 minutes' AND l.created_at < date_trunc('day', p_at) + interval '1 day'))
    ) k
    GROUP BY k.user_id;
END
$$;

-- When the daily and the monthly quota run out at those rates (0021's rule, now in one
-- place for one user and for the table).
CREATE FUNCTION quotadesk.exhaustion_times(p_at timestamp, p_daily_remaining bigint, p_monthly_remaining bigint,
                                           p_tokens_last_hour bigint, p_tokens_last_7_days bigint)
RETURNS TABLE (daily_exhausted_at timestamp, monthly_exhausted_at timestamp)
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT quotadesk.exhaustion_time(p_at, p_daily_remaining, p_tokens_last_hour, interval '60 minutes',
                                     date_trunc('day', p_at) + interval '1 day'),
           quotadesk.exhaustion_time(p_at, p_monthly_remaining, p_tokens_last_7_days, interval '7 days',
                                     date_trunc('month', p_at) + interval '1 month')
$$;

CREATE OR REPLACE FUNCTION quotadesk.quota_projection(p_at timestamp, p_user integer)
RETURNS TABLE (tokens_last_hour bigint, tokens_last_7_days bigint,
               daily_exhausted_at timestamp, monthly_exhausted_at timestamp, evaluated_at timestamp)
LANGUAGE plpgsql STABLE AS $$
DECLARE
    v_at timestamp := coalesce(p_at, quotadesk.utc_now());
    v_daily_remaining bigint;
    v_monthly_remaining bigint;
BEGIN
    SELECT s.daily_remaining, s.monthly_remaining INTO v_daily_remaining, v_monthly_remaining
    FROM quotadesk.quota_status_one(v_at, p_user) s;
    IF NOT FOUND THEN
        RETURN; -- no row for an unknown user
    END IF;
    SELECT coalesce(r.tokens_last_hour, 0), coalesce(r.tokens_last_7_days, 0)
      INTO tokens_last_hour, tokens_last_7_days
      FROM (SELECT 1) one
      LEFT JOIN quotadesk.usage_rates(v_at, p_user) r ON true;
    SELECT e.daily_exhausted_at, e.monthly_exhausted_at
      INTO daily_exhausted_at, monthly_exhausted_at
      FROM quotadesk.exhaustion_times(v_at, v_daily_remaining, v_monthly_remaining, tokens_last_hour, tokens_last_7_days) e;
    evaluated_at := v_at;
    RETURN NEXT;
END
$$;

DO $$
DECLARE
    v_fn text;
BEGIN
    FOREACH v_fn IN ARRAY ARRAY['quotadesk.usage_rates(timestamp, integer)',
                                'quotadesk.exhaustion_times(timestamp, bigint, bigint, bigint, bigint)'] LOOP
        EXECUTE format('ALTER FUNCTION %s OWNER TO quotadesk_owner', v_fn);
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', v_fn);
        EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO quotadesk_owner, quotadesk_viewer, quotadesk_service', v_fn);
    END LOOP;
END
$$;
