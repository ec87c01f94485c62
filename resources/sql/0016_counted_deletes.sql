-- Delete entry and a user's clean-up delete what their confirmation counted: the caller
-- passes the highest id it counted (p_max_id), and rows added since stay. NULL: no bound
-- (quotactl, which asks no question first). Same rules otherwise as in 0010.

DROP FUNCTION quotadesk.admin_cache_delete(integer, text, text, integer, uuid);
CREATE FUNCTION quotadesk.admin_cache_delete(p_staff integer, p_key text, p_type text DEFAULT NULL,
                                             p_user integer DEFAULT NULL, p_action uuid DEFAULT NULL,
                                             p_max_id bigint DEFAULT NULL)
RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    v_staff integer := quotadesk.acting_staff(p_staff);
    v_action uuid := coalesce(p_action, gen_random_uuid());
    v_type text := nullif(p_type, '');
    v_user integer := CASE WHEN nullif(p_type, '') = 'system' THEN NULL ELSE p_user END;
    v_done jsonb;
    v_count bigint;
    v_ids integer[];
BEGIN
    PERFORM quotadesk.check_cache_key(p_key);
    IF v_type IS NOT NULL THEN
        PERFORM quotadesk.check_cache_type(v_type);
    END IF;
    v_done := quotadesk.claim_action(v_action, 1, 'cache.delete',
        jsonb_strip_nulls(jsonb_build_object('key', p_key, 'type', v_type, 'user_id', v_user, 'max_id', p_max_id)), v_staff);
    IF v_done IS NOT NULL THEN
        RETURN (v_done->>'deleted')::bigint;
    END IF;
    WITH gone AS (
        DELETE FROM public.ai_cache c
        WHERE c.id IN (SELECT quotadesk.cache_matching_ids(p_key, v_type, p_user))
          AND (p_max_id IS NULL OR c.id <= p_max_id)
        RETURNING c.id
    )
    SELECT count(*), array_agg(id ORDER BY id) INTO v_count, v_ids FROM gone;
    IF v_count > 0 THEN
        PERFORM quotadesk.log_action(v_staff, 'cache.delete', 'cache_entry',
            CASE WHEN v_count = 1 THEN v_ids[1] END,
            jsonb_strip_nulls(jsonb_build_object('key', p_key, 'type', v_type, 'user_id', v_user, 'max_id', p_max_id,
                                                 'deleted', v_count, 'ids', to_jsonb(v_ids[1:100]))), v_action);
    END IF;
    PERFORM quotadesk.finish_action(v_action, 1, jsonb_build_object('deleted', v_count));
    RETURN v_count;
END
$$;

DROP FUNCTION quotadesk.admin_cache_cleanup_user(integer, integer, uuid);
CREATE FUNCTION quotadesk.admin_cache_cleanup_user(p_staff integer, p_user integer, p_action uuid DEFAULT NULL,
                                                   p_max_id bigint DEFAULT NULL)
RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    v_staff integer := quotadesk.acting_staff(p_staff);
    v_action uuid := coalesce(p_action, gen_random_uuid());
    v_email text;
    v_done jsonb;
    v_count bigint;
    v_by_type jsonb;
BEGIN
    SELECT u.email INTO v_email FROM public.users u WHERE u.id = p_user;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'No user with id %.', coalesce(p_user::text, 'NULL') USING ERRCODE = 'QDC05';
    END IF;
    v_done := quotadesk.claim_action(v_action, 1, 'cache.cleanup_user',
        jsonb_strip_nulls(jsonb_build_object('user_id', p_user, 'max_id', p_max_id)), v_staff);
    IF v_done IS NOT NULL THEN
        RETURN (v_done->>'deleted')::bigint;
    END IF;
    WITH gone AS (
        DELETE FROM public.ai_cache c
        WHERE c.id IN (SELECT quotadesk.user_cache_entries(p_user)) AND (p_max_id IS NULL OR c.id <= p_max_id)
        RETURNING c.cache_type
    ), per_type AS (
        SELECT g.cache_type, count(*) AS n FROM gone g GROUP BY g.cache_type
    )
    SELECT coalesce(sum(n), 0)::bigint, coalesce(jsonb_object_agg(cache_type, n), '{}'::jsonb)
      INTO v_count, v_by_type FROM per_type;
    PERFORM quotadesk.log_action(v_staff, 'cache.cleanup_user', 'user', p_user,
        jsonb_strip_nulls(jsonb_build_object('email', v_email, 'deleted', v_count, 'by_type', v_by_type, 'max_id', p_max_id)),
        v_action);
    PERFORM quotadesk.finish_action(v_action, 1, jsonb_build_object('deleted', v_count));
    RETURN v_count;
END
$$;

-- As every admin function (0009, 0010): the owner's rights, a pinned search_path, for admins.
DO $$
DECLARE
    v_fn regprocedure;
BEGIN
    FOREACH v_fn IN ARRAY ARRAY['quotadesk.admin_cache_delete(integer, text, text, integer, uuid, bigint)'::regprocedure,
                                'quotadesk.admin_cache_cleanup_user(integer, integer, uuid, bigint)'::regprocedure] LOOP
        EXECUTE format('ALTER FUNCTION %s SECURITY DEFINER SET search_path = pg_catalog, public, quotadesk, pg_temp', v_fn);
        EXECUTE format('ALTER FUNCTION %s OWNER TO quotadesk_owner', v_fn);
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', v_fn);
        EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO quotadesk_admin', v_fn);
    END LOOP;
END
$$;
