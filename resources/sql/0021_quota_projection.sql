-- Time to exhaustion: at the user's current rate, when the daily and the monthly quota
-- run out. The rate of the daily quota is the last 60 minutes' tokens, of the monthly one
-- the last 7 days' (successful calls, each call's tokens as the quota counts them). NULL
-- when the quota is unlimited, unused lately, or lasts past its reset; the evaluation
-- time itself when it is already out.

-- When `p_remaining` tokens are used up at the pace of `p_used` tokens per `p_over`,
-- from p_at; NULL when not before p_resets (compared as seconds first: a slow pace over a
-- large remainder would overflow a timestamp).
CREATE FUNCTION quotadesk.exhaustion_time(p_at timestamp, p_remaining bigint, p_used bigint, p_over interval, p_resets timestamp)
RETURNS timestamp LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN p_remaining IS NULL THEN NULL
                WHEN p_remaining <= 0 THEN p_at
                WHEN p_used IS NULL OR p_used <= 0 THEN NULL
                WHEN p_remaining::float8 / p_used * extract(epoch FROM p_over) >= extract(epoch FROM p_resets - p_at) THEN NULL
                ELSE date_trunc('second', p_at + p_over * (p_remaining::float8 / p_used)) END
$$;

CREATE FUNCTION quotadesk.quota_projection(p_at timestamp, p_user integer)
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
    SELECT coalesce(sum(quotadesk.row_tokens(l.total_tokens, l.input_tokens, l.output_tokens))
                        FILTER (WHERE l.created_at > v_at - interval '60 minutes'), 0)::bigint,
           coalesce(sum(quotadesk.row_tokens(l.total_tokens, l.input_tokens, l.output_tokens)), 0)::bigint
      INTO tokens_last_hour, tokens_last_7_days
      FROM public.ai_provider_usage_logs l
     WHERE l.user_id = p_user AND l.status = 'success'
       AND l.created_at > v_at - interval '7 days' AND l.created_at <= v_at;
    daily_exhausted_at := quotadesk.exhaustion_time(v_at, v_daily_remaining, tokens_last_hour, interval '60 minutes',
                                                    date_trunc('day', v_at) + interval '1 day');
    monthly_exhausted_at := quotadesk.exhaustion_time(v_at, v_monthly_remaining, tokens_last_7_days, interval '7 days',
                                                      date_trunc('month', v_at) + interval '1 month');
    evaluated_at := v_at;
    RETURN NEXT;
END
$$;

DO $$
DECLARE
    v_fn text;
BEGIN
    FOREACH v_fn IN ARRAY ARRAY['quotadesk.exhaustion_time(timestamp, bigint, bigint, interval, timestamp)',
                                'quotadesk.quota_projection(timestamp, integer)'] LOOP
        EXECUTE format('ALTER FUNCTION %s OWNER TO quotadesk_owner', v_fn);
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', v_fn);
        EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO quotadesk_viewer, quotadesk_service', v_fn);
    END LOOP;
END
$$;
