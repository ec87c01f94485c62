-- The REST server (quotadesk-server) logs in as a login holding quotadesk_service and
-- quotadesk_delegate (quotactl grant LOGIN --role service --role delegate). Nothing it
-- does is beyond what these grants allow.

-- GET /api/v1/cache/stats for services: the same aggregates viewers read, and what they
-- are computed from (counts, never an entry's key or data).
GRANT EXECUTE ON FUNCTION quotadesk.cache_stats(timestamp), quotadesk.cache_lookups_by_day(timestamp, timestamp)
    TO quotadesk_service;
GRANT SELECT ON quotadesk.cache_totals, quotadesk.cache_lookups TO quotadesk_service;
GRANT SELECT (cache_type, expires_at) ON public.ai_cache TO quotadesk_service;

-- Delegates take admin actions in the name of the staff member they authenticated:
-- acting_staff() still refuses when they name nobody (their login has no staff account)
-- or an account that is not active staff, and every audit row names both.
GRANT USAGE ON SCHEMA quotadesk TO quotadesk_delegate;
GRANT EXECUTE ON FUNCTION
    quotadesk.admin_reset_quota(integer, integer[], text, text, timestamp, uuid),
    quotadesk.admin_cache_delete(integer, text, text, integer, uuid, bigint),
    quotadesk.admin_cache_cleanup_expired(integer, integer, timestamp, uuid, integer, bigint),
    quotadesk.admin_cache_warmup(integer, jsonb, timestamp, uuid),
    quotadesk.job_begin(text, uuid, integer), quotadesk.job_end(text)
    TO quotadesk_delegate;

-- A user deletes their own entries of a key (DELETE /api/v1/cache/{key} with a user's
-- JWT): never a system row, never another user's; not an admin action, so not audited.
CREATE FUNCTION quotadesk.user_cache_delete(p_user integer, p_key text, p_type text DEFAULT NULL)
RETURNS bigint LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, public, quotadesk, pg_temp AS $$
DECLARE
    v_type text := nullif(p_type, '');
    v_count bigint;
BEGIN
    IF p_user IS NULL THEN
        RAISE EXCEPTION 'A user is required.' USING ERRCODE = '22004';
    END IF;
    PERFORM quotadesk.check_cache_key(p_key);
    IF v_type IS NOT NULL THEN
        PERFORM quotadesk.check_cache_type(v_type);
    END IF;
    DELETE FROM public.ai_cache c
    WHERE c.cache_key = p_key AND c.user_id = p_user AND c.cache_type <> 'system'
      AND (v_type IS NULL OR c.cache_type = v_type);
    GET DIAGNOSTICS v_count = ROW_COUNT;
    RETURN v_count;
END
$$;
ALTER FUNCTION quotadesk.user_cache_delete(integer, text, text) OWNER TO quotadesk_owner;
REVOKE ALL ON FUNCTION quotadesk.user_cache_delete(integer, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION quotadesk.user_cache_delete(integer, text, text) TO quotadesk_service;
