-- What a user clean-up (admin_cache_cleanup_user) deletes, defined once: the user's
-- non-system rows. The count for the confirmation and the delete both use it.
CREATE OR REPLACE FUNCTION quotadesk.user_cache_entries(p_user integer)
RETURNS SETOF integer LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT c.id FROM public.ai_cache c WHERE c.user_id = p_user AND c.cache_type <> 'system'
$$;

CREATE OR REPLACE FUNCTION quotadesk.count_user_cache_entries(p_user integer)
RETURNS bigint LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT count(*) FROM quotadesk.user_cache_entries(p_user)
$$;

-- The same clean-up as in 0004, now deleting exactly the rows user_cache_entries() names.
CREATE OR REPLACE FUNCTION quotadesk.admin_cache_cleanup_user(p_staff integer, p_user integer)
RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    v_staff integer := quotadesk.require_staff(p_staff);
    v_email text;
    v_count bigint;
    v_by_type jsonb;
BEGIN
    SELECT u.email INTO v_email FROM public.users u WHERE u.id = p_user;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'No user with id %.', coalesce(p_user::text, 'NULL') USING ERRCODE = 'QDC05';
    END IF;
    WITH gone AS (
        DELETE FROM public.ai_cache c WHERE c.id IN (SELECT quotadesk.user_cache_entries(p_user))
        RETURNING c.cache_type
    ), per_type AS (
        SELECT g.cache_type, count(*) AS n FROM gone g GROUP BY g.cache_type
    )
    SELECT coalesce(sum(n), 0)::bigint, coalesce(jsonb_object_agg(cache_type, n), '{}'::jsonb)
      INTO v_count, v_by_type FROM per_type;
    PERFORM quotadesk.log_action(v_staff, 'cache.cleanup_user', 'user', p_user,
        jsonb_build_object('email', v_email, 'deleted', v_count, 'by_type', v_by_type));
    RETURN v_count;
END
$$;
