-- Faults end in true statements.
--
-- 1. The fate of an action whose connection dropped. claim_action() now also holds a
--    transaction lock on the action id until the acting transaction ends, and
--    action_applied(id) waits for that lock before it looks: a client that lost its
--    connection during COMMIT asks on a new connection, and never hears "not applied"
--    while the first transaction could still commit.
-- 2. One clean-up and one warm-up at a time across all clients: an advisory lock per kind
--    of job. A client holds it for the whole job (job_begin .. job_end, or until its
--    session ends); each step of the job takes it for its transaction when the session
--    does not hold it. A second job is refused at once (QD040), saying since when and by
--    whom (quotadesk.running_jobs, written by job_begin).
-- 3. A clean-up deletes what its confirmation counted: the cut-off and the highest id
--    counted (p_max_id), fixed by the first batch for all.

CREATE FUNCTION quotadesk.action_lock_key(p_action uuid) RETURNS bigint
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT ('x' || left(replace(p_action::text, '-', ''), 16))::bit(64)::bigint
$$;

CREATE OR REPLACE FUNCTION quotadesk.claim_action(p_action uuid, p_step integer, p_kind text, p_request jsonb, p_staff integer)
RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
    v_first quotadesk.admin_actions%ROWTYPE;
BEGIN
    IF p_action IS NULL THEN
        RAISE EXCEPTION 'An admin action needs an action id.' USING ERRCODE = 'QD021';
    END IF;
    -- Held until this transaction ends: action_applied() waits on it (see there).
    PERFORM pg_catalog.pg_advisory_xact_lock(quotadesk.action_lock_key(p_action));
    INSERT INTO quotadesk.admin_actions (action_id, step, kind, request, staff_user_id)
    VALUES (p_action, p_step, p_kind, p_request, p_staff)
    ON CONFLICT (action_id, step) DO NOTHING;
    IF FOUND THEN
        RETURN NULL;
    END IF;
    SELECT * INTO v_first FROM quotadesk.admin_actions a WHERE a.action_id = p_action AND a.step = p_step;
    IF v_first.kind <> p_kind OR v_first.request <> p_request OR v_first.staff_user_id <> p_staff THEN
        RAISE EXCEPTION 'Action id % was already used for another request (%): use a new action id.', p_action, v_first.kind
            USING ERRCODE = 'QD022', DETAIL = p_action::text;
    END IF;
    RETURN v_first.outcome;
END
$$;

-- Whether any step of action p_action was applied (committed). Waits first for a
-- transaction still acting under that id to end, committed or not (the caller bounds the
-- wait with lock_timeout: past it, the fate is unknown, and the caller says so).
CREATE FUNCTION quotadesk.action_applied(p_action uuid) RETURNS boolean
LANGUAGE plpgsql VOLATILE AS $$
BEGIN
    PERFORM pg_catalog.pg_advisory_xact_lock_shared(quotadesk.action_lock_key(p_action));
    -- A new snapshot (VOLATILE, READ COMMITTED): it sees what committed while we waited.
    RETURN EXISTS (SELECT 1 FROM quotadesk.admin_actions a WHERE a.action_id = p_action);
END
$$;

-- Jobs that run alone: who runs each one now (valid while its lock is held).
CREATE TABLE quotadesk.running_jobs (
    kind          text PRIMARY KEY,
    action_id     uuid,
    staff_user_id integer,
    login         text NOT NULL DEFAULT session_user,
    client        text NOT NULL DEFAULT coalesce(current_setting('application_name', true), ''),
    backend_pid   integer NOT NULL DEFAULT pg_catalog.pg_backend_pid(),
    started_at    timestamp NOT NULL DEFAULT (now() AT TIME ZONE 'UTC')
);

-- The advisory lock of a kind of job: (Quotadesk's job class, a hash of the kind).
CREATE FUNCTION quotadesk.job_lock_class() RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT 1363153664 -- any constant of its own
$$;
CREATE FUNCTION quotadesk.job_lock_id(p_kind text) RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT pg_catalog.hashtext(p_kind) & 2147483647
$$;

-- Whether this session holds the job's lock for the whole job (job_begin).
CREATE FUNCTION quotadesk.job_held(p_kind text) RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_locks l
                   WHERE l.locktype = 'advisory' AND l.pid = pg_catalog.pg_backend_pid() AND l.granted
                     AND l.classid = quotadesk.job_lock_class()::oid AND l.objid = quotadesk.job_lock_id(p_kind)::oid
                     AND l.objsubid = 2 AND l.mode = 'ExclusiveLock')
$$;

-- The refusal of a job that another session runs: QD040, DETAIL a JSON object
-- {kind, since, staff, login, client} (what is known) for the client's own wording.
CREATE FUNCTION quotadesk.job_refuse(p_kind text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    v_job quotadesk.running_jobs%ROWTYPE;
    v_detail jsonb;
BEGIN
    SELECT * INTO v_job FROM quotadesk.running_jobs j WHERE j.kind = p_kind;
    v_detail := jsonb_strip_nulls(jsonb_build_object(
        'kind', p_kind, 'since', quotadesk.iso(v_job.started_at),
        'staff', (SELECT u.email::text FROM public.users u WHERE u.id = v_job.staff_user_id),
        'login', v_job.login, 'client', nullif(v_job.client, '')));
    RAISE EXCEPTION 'A % is already running%.', replace(p_kind, 'cache.', ''),
        coalesce(' since ' || to_char(v_job.started_at, 'HH24:MI') || ' UTC', '')
        || coalesce(', by ' || coalesce(v_detail->>'staff', v_job.login), '')
        USING ERRCODE = 'QD040', DETAIL = v_detail::text;
END
$$;

-- Starts a job that runs alone, for this session, as the acting staff member: refused
-- when another session runs one of the same kind. Held until job_end() or the session ends
-- (also when a transaction rolls back: so job_end() belongs on every way out).
CREATE FUNCTION quotadesk.job_begin(p_kind text, p_action uuid, p_staff integer) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    v_staff integer := quotadesk.acting_staff(p_staff);
BEGIN
    IF quotadesk.job_held(p_kind) THEN
        RETURN;
    END IF;
    IF NOT pg_catalog.pg_try_advisory_lock(quotadesk.job_lock_class(), quotadesk.job_lock_id(p_kind)) THEN
        PERFORM quotadesk.job_refuse(p_kind);
    END IF;
    INSERT INTO quotadesk.running_jobs AS j (kind, action_id, staff_user_id) VALUES (p_kind, p_action, v_staff)
    ON CONFLICT (kind) DO UPDATE
        SET action_id = EXCLUDED.action_id, staff_user_id = EXCLUDED.staff_user_id, login = EXCLUDED.login,
            client = EXCLUDED.client, backend_pid = EXCLUDED.backend_pid, started_at = EXCLUDED.started_at;
END
$$;

CREATE FUNCTION quotadesk.job_end(p_kind text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    WHILE quotadesk.job_held(p_kind) LOOP
        PERFORM pg_catalog.pg_advisory_unlock(quotadesk.job_lock_class(), quotadesk.job_lock_id(p_kind));
    END LOOP;
    DELETE FROM quotadesk.running_jobs j WHERE j.kind = p_kind AND j.backend_pid = pg_catalog.pg_backend_pid();
END
$$;

-- One step of a job: fine when this session began the job; else the step holds the lock
-- for its own transaction (a step called on its own), refused while another session runs it.
CREATE FUNCTION quotadesk.job_hold(p_kind text, p_staff integer) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF NOT quotadesk.job_held(p_kind)
       AND NOT pg_catalog.pg_try_advisory_xact_lock(quotadesk.job_lock_class(), quotadesk.job_lock_id(p_kind)) THEN
        PERFORM quotadesk.job_refuse(p_kind);
    END IF;
END
$$;

DROP FUNCTION quotadesk.admin_cache_cleanup_expired(integer, integer, timestamp, uuid, integer);
CREATE FUNCTION quotadesk.admin_cache_cleanup_expired(p_staff integer, p_batch integer, p_at timestamp DEFAULT NULL,
                                                      p_action uuid DEFAULT NULL, p_step integer DEFAULT 1,
                                                      p_max_id bigint DEFAULT NULL)
RETURNS TABLE (deleted bigint, total_deleted bigint, log_id integer)
LANGUAGE plpgsql AS $$
DECLARE
    v_staff integer := quotadesk.acting_staff(p_staff);
    v_action uuid := p_action;
    v_first quotadesk.admin_actions%ROWTYPE;
    v_previous jsonb;
    v_request jsonb;
    v_at timestamp;
    v_batch integer;
    v_max_id bigint;
    v_done jsonb;
    v_deleted bigint;
    v_total bigint;
    v_log integer;
BEGIN
    IF p_step IS NULL OR p_step < 1 THEN
        RAISE EXCEPTION 'The clean-up step must be 1 or more.' USING ERRCODE = 'QDC06';
    END IF;
    IF p_step = 1 THEN
        IF p_batch IS NULL OR p_batch < 1 THEN
            RAISE EXCEPTION 'The batch size must be at least 1.' USING ERRCODE = 'QDC06';
        END IF;
        v_action := coalesce(v_action, gen_random_uuid());
        v_at := coalesce(p_at, quotadesk.utc_now());
        v_batch := p_batch;
        v_max_id := p_max_id;
        v_request := jsonb_build_object('batch_size', p_batch,
                                        'expired_before', CASE WHEN p_at IS NOT NULL THEN quotadesk.iso(p_at) END)
                     || CASE WHEN p_max_id IS NOT NULL THEN jsonb_build_object('max_id', p_max_id) ELSE '{}'::jsonb END;
        v_total := 0;
    ELSE
        SELECT * INTO v_first FROM quotadesk.admin_actions a
        WHERE a.action_id = v_action AND a.step = 1 AND a.kind = 'cache.cleanup_expired' AND a.staff_user_id = v_staff;
        SELECT a.outcome INTO v_previous FROM quotadesk.admin_actions a
        WHERE a.action_id = v_action AND a.step = p_step - 1;
        IF v_first.action_id IS NULL OR v_previous IS NULL THEN
            RAISE EXCEPTION 'Clean-up % has no step % by this staff account to continue from.', coalesce(v_action::text, 'NULL'), p_step - 1
                USING ERRCODE = 'QDC06';
        END IF;
        v_at := (v_first.outcome->>'expired_before')::timestamp;
        v_batch := (v_first.request->>'batch_size')::integer;
        v_max_id := (v_first.request->>'max_id')::bigint;
        v_request := jsonb_build_object('continues', v_action);
        v_total := (v_previous->>'total_deleted')::bigint;
    END IF;
    PERFORM quotadesk.job_hold('cache.cleanup_expired', v_staff);
    v_done := quotadesk.claim_action(v_action, p_step, 'cache.cleanup_expired', v_request, v_staff);
    IF v_done IS NOT NULL THEN
        RETURN QUERY SELECT (v_done->>'deleted')::bigint, (v_done->>'total_deleted')::bigint, (v_done->>'log_id')::integer;
        RETURN;
    END IF;

    WITH doomed AS (
        SELECT x.id FROM public.ai_cache x WHERE x.expires_at <= v_at AND (v_max_id IS NULL OR x.id <= v_max_id) LIMIT v_batch FOR UPDATE SKIP LOCKED
    ), gone AS (
        DELETE FROM public.ai_cache c USING doomed d WHERE c.id = d.id RETURNING c.id
    )
    SELECT count(*) INTO v_deleted FROM gone;
    v_total := v_total + v_deleted;

    IF p_step = 1 OR v_deleted > 0 THEN
        v_log := quotadesk.log_action(v_staff, 'cache.cleanup_expired', 'cache', NULL,
            jsonb_build_object('deleted', v_deleted, 'batch', p_step, 'total_deleted', v_total,
                               'batch_size', v_batch, 'expired_before', quotadesk.iso(v_at))
                || CASE WHEN v_max_id IS NOT NULL THEN jsonb_build_object('max_id', v_max_id) ELSE '{}'::jsonb END, v_action);
    END IF;
    PERFORM quotadesk.finish_action(v_action, p_step, jsonb_build_object(
        'deleted', v_deleted, 'total_deleted', v_total, 'log_id', v_log,
        'expired_before', to_char(v_at, 'YYYY-MM-DD"T"HH24:MI:SS.US')));
    RETURN QUERY SELECT v_deleted, v_total, v_log;
END
$$;

CREATE OR REPLACE FUNCTION quotadesk.admin_cache_warmup(p_staff integer, p_prompts jsonb, p_at timestamp DEFAULT NULL,
                                             p_action uuid DEFAULT NULL)
RETURNS TABLE (inserted integer, updated integer, unchanged integer, duplicates_removed integer, log_id integer)
LANGUAGE plpgsql AS $$
DECLARE
    v_staff integer := quotadesk.acting_staff(p_staff);
    v_action uuid := coalesce(p_action, gen_random_uuid());
    v_at timestamp := coalesce(p_at, quotadesk.utc_now());
    v_done jsonb;
    v_key text;
    v_value jsonb;
    v_data text;
    v_keep record;
    v_removed integer;
    v_inserted integer := 0;
    v_updated integer := 0;
    v_unchanged integer := 0;
    v_duplicates integer := 0;
    v_log integer;
BEGIN
    IF p_prompts IS NULL OR jsonb_typeof(p_prompts) <> 'object' THEN
        RAISE EXCEPTION 'The prompts must be a JSON object mapping cache keys to prompt texts.' USING ERRCODE = 'QDC07';
    END IF;
    IF p_prompts = '{}'::jsonb THEN
        RAISE EXCEPTION 'There are no prompts to warm up.' USING ERRCODE = 'QDC07';
    END IF;
    FOR v_key, v_value IN SELECT e.key, e.value FROM jsonb_each(p_prompts) e ORDER BY e.key LOOP
        PERFORM quotadesk.check_cache_key(v_key);
        IF jsonb_typeof(v_value) <> 'string' OR btrim(v_value #>> '{}') = '' THEN
            RAISE EXCEPTION 'The prompt "%" must be a non-empty text.', v_key USING ERRCODE = 'QDC07';
        END IF;
    END LOOP;
    PERFORM quotadesk.job_hold('cache.warmup', v_staff);
    v_done := quotadesk.claim_action(v_action, 1, 'cache.warmup', jsonb_build_object(
        'prompts_sha256', encode(pg_catalog.sha256(convert_to(p_prompts::text, 'UTF8')), 'hex')), v_staff);
    IF v_done IS NOT NULL THEN
        RETURN QUERY SELECT (v_done->>'inserted')::integer, (v_done->>'updated')::integer, (v_done->>'unchanged')::integer,
                            (v_done->>'duplicates_removed')::integer, (v_done->>'log_id')::integer;
        RETURN;
    END IF;

    PERFORM pg_advisory_xact_lock(hashtextextended('quotadesk.warmup', 0));
    FOR v_key, v_value IN SELECT e.key, e.value FROM jsonb_each(p_prompts) e ORDER BY e.key LOOP
        PERFORM pg_advisory_xact_lock(hashtextextended('quotadesk.system:' || v_key, 0));
        v_data := to_jsonb(v_value #>> '{}')::text;

        SELECT c.id, c.cache_data, c.expires_at INTO v_keep
        FROM public.ai_cache c
        WHERE c.cache_key = v_key AND c.cache_type = 'system' AND c.user_id IS NULL
        ORDER BY c.id LIMIT 1
        FOR UPDATE;

        IF NOT FOUND THEN
            INSERT INTO public.ai_cache (cache_key, cache_type, cache_data, user_id, expires_at, cache_metadata,
                                         access_count, created_at, last_accessed_at)
            VALUES (v_key, 'system', v_data, NULL, NULL,
                    jsonb_build_object('permanent', true, 'source', 'warmup'), 0, v_at, v_at);
            v_inserted := v_inserted + 1;
            CONTINUE;
        END IF;

        DELETE FROM public.ai_cache c
        WHERE c.cache_key = v_key AND c.cache_type = 'system' AND c.user_id IS NULL AND c.id <> v_keep.id;
        GET DIAGNOSTICS v_removed = ROW_COUNT;
        v_duplicates := v_duplicates + v_removed;

        IF v_keep.cache_data = v_data AND v_keep.expires_at IS NULL THEN
            v_unchanged := v_unchanged + 1;
        ELSE
            UPDATE public.ai_cache c
               SET cache_data = v_data, expires_at = NULL, created_at = v_at,
                   cache_metadata = jsonb_build_object('permanent', true, 'source', 'warmup')
             WHERE c.id = v_keep.id;
            v_updated := v_updated + 1;
        END IF;
    END LOOP;

    v_log := quotadesk.log_action(v_staff, 'cache.warmup', 'cache', NULL, jsonb_build_object(
        'inserted', v_inserted, 'updated', v_updated, 'unchanged', v_unchanged,
        'duplicates_removed', v_duplicates,
        'keys', (SELECT jsonb_agg(k ORDER BY k) FROM jsonb_object_keys(p_prompts) k)), v_action);
    PERFORM quotadesk.finish_action(v_action, 1, jsonb_build_object(
        'inserted', v_inserted, 'updated', v_updated, 'unchanged', v_unchanged,
        'duplicates_removed', v_duplicates, 'log_id', v_log));
    RETURN QUERY SELECT v_inserted, v_updated, v_unchanged, v_duplicates, v_log;
END
$$;

-- Rights, as in 0010: the admin functions and the writers run as the owner.
DO $$
DECLARE
    v_fn regprocedure;
BEGIN
    FOR v_fn IN SELECT p.oid::regprocedure FROM pg_catalog.pg_proc p
                WHERE p.pronamespace = 'quotadesk'::regnamespace
                  AND p.proname IN ('admin_cache_cleanup_expired', 'admin_cache_warmup', 'action_applied',
                                    'job_begin', 'job_end', 'job_refuse', 'job_hold')
    LOOP
        EXECUTE format('ALTER FUNCTION %s SECURITY DEFINER SET search_path = pg_catalog, public, quotadesk, pg_temp', v_fn);
        EXECUTE format('ALTER FUNCTION %s OWNER TO quotadesk_owner', v_fn);
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', v_fn);
    END LOOP;
END
$$;
REVOKE ALL ON FUNCTION quotadesk.action_lock_key(uuid), quotadesk.action_applied(uuid), quotadesk.job_lock_class(),
                       quotadesk.job_lock_id(text), quotadesk.job_held(text) FROM PUBLIC;
REVOKE ALL ON quotadesk.running_jobs FROM PUBLIC;
GRANT SELECT, INSERT, UPDATE, DELETE ON quotadesk.running_jobs TO quotadesk_owner;
GRANT SELECT ON quotadesk.running_jobs TO quotadesk_viewer;
GRANT EXECUTE ON FUNCTION quotadesk.action_lock_key(uuid), quotadesk.job_lock_class(), quotadesk.job_lock_id(text),
                          quotadesk.job_held(text) TO quotadesk_owner, quotadesk_viewer, quotadesk_service;
GRANT SELECT ON quotadesk.admin_actions TO quotadesk_owner;
-- Any reader may ask for an action's fate (a yes or no; the owner reads admin_actions).
GRANT EXECUTE ON FUNCTION quotadesk.action_applied(uuid) TO quotadesk_viewer, quotadesk_service;
GRANT EXECUTE ON FUNCTION
    quotadesk.admin_cache_cleanup_expired(integer, integer, timestamp, uuid, integer, bigint),
    quotadesk.job_begin(text, uuid, integer), quotadesk.job_end(text)
    TO quotadesk_admin;
