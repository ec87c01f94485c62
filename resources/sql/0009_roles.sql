-- Trust enforced by the database: group roles, the owner of the functions that write,
-- the actor taken from the login, and the grants. One transaction (the migrator's).
--
-- Roles are cluster-wide; many databases of one cluster may be migrated at once, so each
-- role and membership is created only when missing, and a racing creator's duplicate is
-- caught. Who may run this: a superuser or a role with CREATEROLE.

DO $$
DECLARE
    v_role text;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles r
                   WHERE r.rolname = current_user AND (r.rolsuper OR r.rolcreaterole)) THEN
        RAISE EXCEPTION 'quotactl migrate must run as a superuser or a role with CREATEROLE (it creates the quotadesk_* roles); % has neither.', current_user
            USING ERRCODE = '42501';
    END IF;
    FOREACH v_role IN ARRAY ARRAY['quotadesk_viewer', 'quotadesk_admin', 'quotadesk_service',
                                  'quotadesk_delegate', 'quotadesk_owner'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles r WHERE r.rolname = v_role) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', v_role);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL; -- another database of this cluster created it meanwhile
            END;
        END IF;
    END LOOP;
    -- admin is a member of viewer; a CREATEROLE migrator that is not a superuser must be
    -- a member of the owner role to hand it the functions below.
    FOREACH v_role IN ARRAY CASE WHEN (SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = current_user)
                                 THEN ARRAY['quotadesk_admin']
                                 ELSE ARRAY['quotadesk_admin', current_user::text] END LOOP
    DECLARE
        v_group text := CASE WHEN v_role = 'quotadesk_admin' THEN 'quotadesk_viewer' ELSE 'quotadesk_owner' END;
    BEGIN
        IF NOT pg_catalog.pg_has_role(v_role, v_group, 'MEMBER') THEN
            EXECUTE format('GRANT %I TO %I', v_group, v_role);
        END IF;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
        NULL;
    END;
    END LOOP;
END
$$;

-- Which login acts as which staff account. Written by `quotactl grant` (a DBA), read by
-- acting_staff() only.
CREATE TABLE quotadesk.staff_logins (
    login         name PRIMARY KEY,
    staff_user_id integer NOT NULL REFERENCES public.users(id) ON DELETE CASCADE,
    granted_at    timestamp NOT NULL DEFAULT (now() AT TIME ZONE 'UTC'),
    granted_by    name NOT NULL DEFAULT session_user
);

-- The staff account an admin action is taken as, from the login (session_user: inside a
-- SECURITY DEFINER function current_user is the owner). p_requested NULL: the login's own
-- account. Another account: only for superusers, the owner role and quotadesk_delegate
-- members (the REST server, which authenticates people itself). Then require_staff.
CREATE FUNCTION quotadesk.acting_staff(p_requested integer) RETURNS integer
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, quotadesk, pg_temp AS $$
DECLARE
    v_login name := session_user;
    v_own integer;
    v_own_email text;
BEGIN
    SELECT l.staff_user_id, u.email INTO v_own, v_own_email
    FROM quotadesk.staff_logins l JOIN public.users u ON u.id = l.staff_user_id
    WHERE l.login = v_login;
    IF p_requested IS NULL OR p_requested IS DISTINCT FROM v_own THEN
        IF p_requested IS NULL OR NOT (pg_catalog.pg_has_role(v_login, 'quotadesk_owner', 'MEMBER')
                                       OR pg_catalog.pg_has_role(v_login, 'quotadesk_delegate', 'MEMBER')) THEN
            IF v_own IS NULL THEN
                RAISE EXCEPTION 'Login % has no staff account to act as: a DBA runs quotactl grant % --role admin --staff STAFF.', v_login, v_login
                    USING ERRCODE = '42501';
            END IF;
            IF p_requested IS NOT NULL THEN
                RAISE EXCEPTION 'Login % may act only as its own staff account %.', v_login, v_own_email
                    USING ERRCODE = '42501';
            END IF;
        END IF;
    END IF;
    RETURN quotadesk.require_staff(coalesce(p_requested, v_own));
END
$$;

-- Every audit row also names the login and the client (application_name).
CREATE OR REPLACE FUNCTION quotadesk.log_action(p_staff integer, p_action text, p_target_type text,
                                                p_target_id integer, p_details jsonb) RETURNS integer
LANGUAGE sql AS $$
    INSERT INTO public.admin_action_logs (admin_user_id, action, target_type, target_id, details, user_agent, created_at)
    VALUES (p_staff, p_action, p_target_type, p_target_id,
            coalesce(p_details, '{}'::jsonb)
                || jsonb_build_object('login', session_user::text,
                                      'client', coalesce(current_setting('application_name', true), '')),
            left(coalesce(nullif(current_setting('application_name', true), ''), 'quotadesk'), 255),
            quotadesk.utc_now())
    RETURNING id
$$;

-- The admin functions as before (0003, 0004, 0007), but the actor comes from the login:
-- the staff parameter is only a request that acting_staff() grants or refuses.

CREATE OR REPLACE FUNCTION quotadesk.admin_reset_quota(p_staff integer, p_users integer[], p_period text,
                                            p_reason text, p_at timestamp DEFAULT NULL)
RETURNS SETOF bigint LANGUAGE plpgsql AS $$
DECLARE
    v_staff integer := quotadesk.acting_staff(p_staff);
    v_at timestamp := coalesce(p_at, quotadesk.utc_now());
    v_reason text := btrim(p_reason);
    v_missing text;
    v_user integer;
    v_before record;
    v_log integer;
    v_reset bigint;
BEGIN
    IF p_period IS NULL OR p_period NOT IN ('daily', 'monthly', 'hourly') THEN
        RAISE EXCEPTION 'The period to reset must be daily, monthly or hourly, not "%".', coalesce(p_period, '')
            USING ERRCODE = 'QD003';
    END IF;
    IF v_reason IS NULL OR v_reason = '' THEN
        RAISE EXCEPTION 'A quota reset needs a reason: say why it is reset.' USING ERRCODE = 'QD003';
    END IF;
    IF p_users IS NULL OR cardinality(p_users) = 0 THEN
        RAISE EXCEPTION 'No user was selected to reset.' USING ERRCODE = 'QD003';
    END IF;
    IF array_position(p_users, NULL) IS NOT NULL THEN
        RAISE EXCEPTION 'The list of users to reset contains an empty id.' USING ERRCODE = 'QD003';
    END IF;
    v_missing := quotadesk.missing_users(p_users);
    IF v_missing IS NOT NULL THEN
        RAISE EXCEPTION 'No user with id %: nothing was reset.', v_missing USING ERRCODE = 'QD004';
    END IF;

    FOR v_user IN SELECT DISTINCT x FROM unnest(p_users) x ORDER BY x LOOP
        SELECT s.email, s.daily_used, s.monthly_used, s.hourly_calls INTO v_before
        FROM quotadesk.quota_status_at(v_at, v_user) s;
        IF NOT FOUND THEN -- deleted since the check above
            RAISE EXCEPTION 'No user with id %: nothing was reset.', v_user USING ERRCODE = 'QD004';
        END IF;
        v_log := quotadesk.log_action(v_staff, 'quota.reset', 'user', v_user, jsonb_build_object(
            'period', p_period, 'reason', v_reason, 'email', v_before.email,
            'used_before', CASE p_period WHEN 'daily' THEN v_before.daily_used
                                         WHEN 'monthly' THEN v_before.monthly_used
                                         ELSE v_before.hourly_calls END,
            'reset_at', quotadesk.iso(v_at)));
        INSERT INTO quotadesk.quota_resets (user_id, period, reset_at, reset_by, reason, audit_log_id)
        VALUES (v_user, p_period, v_at, v_staff, v_reason, v_log)
        RETURNING id INTO v_reset;
        RETURN NEXT v_reset;
    END LOOP;
END
$$;

CREATE OR REPLACE FUNCTION quotadesk.admin_set_plan_limits(p_staff integer, p_plan text, p_daily_tokens bigint,
                                                p_monthly_tokens bigint, p_hourly_calls integer,
                                                p_cache_tier text)
RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    v_staff integer := quotadesk.acting_staff(p_staff);
    v_plan text := btrim(p_plan);
    v_tier text := btrim(p_cache_tier);
    v_before quotadesk.plan_limits%ROWTYPE;
    v_tiers text;
BEGIN
    IF v_plan IS NULL OR v_plan = '' THEN
        RAISE EXCEPTION 'No plan given: name the plan whose limits to set.' USING ERRCODE = 'QD003';
    END IF;
    SELECT * INTO v_before FROM quotadesk.plan_limits WHERE plan = v_plan FOR UPDATE;
    IF NOT FOUND AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_enum e
                                 WHERE e.enumtypid = 'public.plan_type_enum'::regtype AND e.enumlabel = v_plan) THEN
        RAISE EXCEPTION 'Unknown plan "%": limits can be set for a plan of plan_type_enum or one that already has limits.', v_plan
            USING ERRCODE = 'QD003';
    END IF;
    IF p_daily_tokens < 0 THEN
        RAISE EXCEPTION 'The daily token limit must be zero or more (or empty for unlimited), not %.', p_daily_tokens
            USING ERRCODE = 'QD003';
    END IF;
    IF p_monthly_tokens < 0 THEN
        RAISE EXCEPTION 'The monthly token limit must be zero or more (or empty for unlimited), not %.', p_monthly_tokens
            USING ERRCODE = 'QD003';
    END IF;
    IF p_hourly_calls < 0 THEN
        RAISE EXCEPTION 'The hourly call limit must be zero or more (or empty for unlimited), not %.', p_hourly_calls
            USING ERRCODE = 'QD003';
    END IF;
    IF v_tier IS NULL OR (v_tier <> 'free' AND NOT EXISTS (SELECT 1 FROM quotadesk.cache_ttls t WHERE t.cache_tier = v_tier)) THEN
        SELECT string_agg(t, ', ' ORDER BY t) INTO v_tiers
        FROM (SELECT 'free' AS t UNION SELECT cache_tier FROM quotadesk.cache_ttls) tiers;
        RAISE EXCEPTION 'Unknown cache tier "%": use one of %.', coalesce(v_tier, ''), v_tiers USING ERRCODE = 'QD003';
    END IF;

    INSERT INTO quotadesk.plan_limits AS pl (plan, daily_tokens, monthly_tokens, hourly_calls, cache_tier, updated_at)
    VALUES (v_plan, p_daily_tokens, p_monthly_tokens, p_hourly_calls, v_tier, quotadesk.utc_now())
    ON CONFLICT (plan) DO UPDATE
        SET daily_tokens = EXCLUDED.daily_tokens, monthly_tokens = EXCLUDED.monthly_tokens,
            hourly_calls = EXCLUDED.hourly_calls, cache_tier = EXCLUDED.cache_tier, updated_at = EXCLUDED.updated_at;

    RETURN quotadesk.log_action(v_staff, 'quota.plan_limits', 'plan', NULL, jsonb_build_object(
        'plan', v_plan,
        'before', CASE WHEN v_before.plan IS NULL THEN NULL ELSE jsonb_build_object(
            'daily_tokens', v_before.daily_tokens, 'monthly_tokens', v_before.monthly_tokens,
            'hourly_calls', v_before.hourly_calls, 'cache_tier', v_before.cache_tier) END,
        'after', jsonb_build_object(
            'daily_tokens', p_daily_tokens, 'monthly_tokens', p_monthly_tokens,
            'hourly_calls', p_hourly_calls, 'cache_tier', v_tier)));
END
$$;

CREATE OR REPLACE FUNCTION quotadesk.admin_cache_delete(p_staff integer, p_key text, p_type text DEFAULT NULL,
                                             p_user integer DEFAULT NULL)
RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    v_staff integer := quotadesk.acting_staff(p_staff);
    v_type text := nullif(p_type, '');
    v_count bigint;
    v_ids integer[];
BEGIN
    PERFORM quotadesk.check_cache_key(p_key);
    IF v_type IS NOT NULL THEN
        PERFORM quotadesk.check_cache_type(v_type);
    END IF;
    WITH gone AS (
        DELETE FROM public.ai_cache c
        WHERE c.id IN (SELECT quotadesk.cache_matching_ids(p_key, v_type, p_user))
        RETURNING c.id
    )
    SELECT count(*), array_agg(id ORDER BY id) INTO v_count, v_ids FROM gone;
    IF v_count > 0 THEN
        PERFORM quotadesk.log_action(v_staff, 'cache.delete', 'cache_entry',
            CASE WHEN v_count = 1 THEN v_ids[1] END,
            jsonb_build_object('key', p_key, 'type', v_type,
                               'user_id', CASE WHEN v_type = 'system' THEN NULL ELSE p_user END,
                               'deleted', v_count, 'ids', to_jsonb(v_ids[1:100])));
    END IF;
    RETURN v_count;
END
$$;

CREATE OR REPLACE FUNCTION quotadesk.admin_cache_cleanup_expired(p_staff integer, p_batch integer,
                                                      p_at timestamp DEFAULT NULL, p_log integer DEFAULT NULL)
RETURNS TABLE (deleted bigint, total_deleted bigint, log_id integer)
LANGUAGE plpgsql AS $$
DECLARE
    v_staff integer := quotadesk.acting_staff(p_staff);
    v_at timestamp := coalesce(p_at, quotadesk.utc_now());
    v_deleted bigint;
    v_total bigint;
    v_log integer := p_log;
BEGIN
    IF p_batch IS NULL OR p_batch < 1 THEN
        RAISE EXCEPTION 'The batch size must be at least 1.' USING ERRCODE = 'QDC06';
    END IF;
    WITH doomed AS (
        SELECT x.id FROM public.ai_cache x WHERE x.expires_at <= v_at LIMIT p_batch FOR UPDATE SKIP LOCKED
    ), gone AS (
        DELETE FROM public.ai_cache c USING doomed d WHERE c.id = d.id RETURNING c.id
    )
    SELECT count(*) INTO v_deleted FROM gone;

    IF v_log IS NULL THEN
        v_log := quotadesk.log_action(v_staff, 'cache.cleanup_expired', 'cache', NULL,
            jsonb_build_object('deleted', v_deleted, 'batches', 1, 'batch_size', p_batch,
                               'expired_before', quotadesk.iso(v_at)));
        v_total := v_deleted;
    ELSE
        UPDATE public.admin_action_logs a
           SET details = a.details || jsonb_build_object(
                   'deleted', coalesce((a.details->>'deleted')::bigint, 0) + v_deleted,
                   'batches', coalesce((a.details->>'batches')::integer, 0) + 1)
         WHERE a.id = v_log AND a.action = 'cache.cleanup_expired' AND a.admin_user_id = v_staff
        RETURNING (a.details->>'deleted')::bigint INTO v_total;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'Audit row % is not a cache clean-up started by this staff account.', v_log
                USING ERRCODE = 'QDC06';
        END IF;
    END IF;
    RETURN QUERY SELECT v_deleted, v_total, v_log;
END
$$;

CREATE OR REPLACE FUNCTION quotadesk.admin_cache_warmup(p_staff integer, p_prompts jsonb, p_at timestamp DEFAULT NULL)
RETURNS TABLE (inserted integer, updated integer, unchanged integer, duplicates_removed integer, log_id integer)
LANGUAGE plpgsql AS $$
DECLARE
    v_staff integer := quotadesk.acting_staff(p_staff);
    v_at timestamp := coalesce(p_at, quotadesk.utc_now());
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
        'keys', (SELECT jsonb_agg(k ORDER BY k) FROM jsonb_object_keys(p_prompts) k)));
    RETURN QUERY SELECT v_inserted, v_updated, v_unchanged, v_duplicates, v_log;
END
$$;

CREATE OR REPLACE FUNCTION quotadesk.admin_cache_cleanup_user(p_staff integer, p_user integer)
RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    v_staff integer := quotadesk.acting_staff(p_staff);
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

-- Functions that write run with the owner's rights, never the caller's: owned by the
-- NOLOGIN role quotadesk_owner, search_path pinned (pg_temp last, so a caller's temporary
-- objects shadow nothing). Everything they call is schema-qualified or in pg_catalog.
DO $$
DECLARE
    v_fn regprocedure;
BEGIN
    FOR v_fn IN SELECT p.oid::regprocedure FROM pg_catalog.pg_proc p
                WHERE p.pronamespace = 'quotadesk'::regnamespace
                  AND (p.proname LIKE 'admin\_%' OR p.proname IN ('acting_staff', 'cache_get', 'cache_set', 'count_cache_lookup'))
    LOOP
        EXECUTE format('ALTER FUNCTION %s SECURITY DEFINER SET search_path = pg_catalog, public, quotadesk, pg_temp', v_fn);
    END LOOP;
    -- The helpers only they call (the audit writer, the staff check) belong to the owner
    -- too; nobody else may execute them.
    FOR v_fn IN SELECT p.oid::regprocedure FROM pg_catalog.pg_proc p
                WHERE p.pronamespace = 'quotadesk'::regnamespace
                  AND (p.proname LIKE 'admin\_%' OR p.proname IN ('acting_staff', 'cache_get', 'cache_set',
                                                                  'count_cache_lookup', 'log_action', 'require_staff'))
    LOOP
        EXECUTE format('ALTER FUNCTION %s OWNER TO quotadesk_owner', v_fn);
    END LOOP;
END
$$;

-- Nothing is executable by PUBLIC: not what exists, not what the migrator or the owner
-- creates later in this database (per-schema defaults cannot revoke the global default,
-- hence FOR ROLE without IN SCHEMA).
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA quotadesk FROM PUBLIC;
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
ALTER DEFAULT PRIVILEGES FOR ROLE quotadesk_owner REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
REVOKE ALL ON SCHEMA quotadesk FROM PUBLIC;
REVOKE ALL ON ALL TABLES IN SCHEMA quotadesk FROM PUBLIC;

-- The owner: exactly what the functions it owns read and write.
GRANT USAGE ON SCHEMA quotadesk TO quotadesk_owner;
GRANT USAGE ON SCHEMA public TO quotadesk_owner;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA quotadesk TO quotadesk_owner;
GRANT SELECT ON public.users, public.plans, public.subscriptions, public.ai_provider_usage_logs TO quotadesk_owner;
GRANT SELECT, INSERT, UPDATE, DELETE ON public.ai_cache TO quotadesk_owner;
GRANT SELECT, INSERT, UPDATE ON public.admin_action_logs TO quotadesk_owner; -- UPDATE: the clean-up's running total
GRANT SELECT, INSERT, UPDATE ON quotadesk.plan_limits, quotadesk.cache_lookups TO quotadesk_owner;
GRANT SELECT, INSERT ON quotadesk.quota_resets TO quotadesk_owner;
GRANT SELECT ON quotadesk.cache_ttls, quotadesk.cache_hit_savings, quotadesk.task_estimates,
                quotadesk.staff_logins, quotadesk.user_limits, quotadesk.applied_plan_limits TO quotadesk_owner;
DO $$
BEGIN
    EXECUTE format('GRANT USAGE ON SEQUENCE %s, %s, %s TO quotadesk_owner',
                   pg_catalog.pg_get_serial_sequence('public.ai_cache', 'id'),
                   pg_catalog.pg_get_serial_sequence('public.admin_action_logs', 'id'),
                   pg_catalog.pg_get_serial_sequence('quotadesk.quota_resets', 'id'));
END
$$;

-- quotadesk_viewer: reads what the dashboard and quotactl read; no write of any kind.
-- users without its password hash (and referral code): a column grant.
GRANT USAGE ON SCHEMA quotadesk TO quotadesk_viewer;
GRANT SELECT (id, email, full_name, role, is_admin, is_active, created_at, updated_at) ON public.users TO quotadesk_viewer;
GRANT SELECT ON public.plans, public.subscriptions, public.ai_provider_configs, public.ai_provider_usage_logs,
                public.ai_cache, public.admin_action_logs TO quotadesk_viewer;
GRANT SELECT ON quotadesk.plan_limits, quotadesk.task_estimates, quotadesk.cache_ttls, quotadesk.cache_hit_savings,
                quotadesk.quota_resets, quotadesk.cache_lookups, quotadesk.schema_migrations,
                quotadesk.user_limits, quotadesk.applied_plan_limits TO quotadesk_viewer;
GRANT EXECUTE ON FUNCTION
    quotadesk.iso(timestamp), quotadesk.utc_now(), quotadesk.raw_tokens(integer, integer, integer),
    quotadesk.row_tokens(integer, integer, integer), quotadesk.percentage(bigint, bigint),
    quotadesk.warning_level(integer), quotadesk.remaining(bigint, bigint), quotadesk.is_staff(boolean, text),
    quotadesk.latest_resets(timestamp, integer), quotadesk.quota_status_at(timestamp, integer),
    quotadesk.quota_status(timestamp, integer), quotadesk.missing_users(integer[]),
    quotadesk.cache_hash(text), quotadesk.check_cache_key(text), quotadesk.check_cache_type(text),
    quotadesk.cache_stats(timestamp), quotadesk.cache_lookups_by_day(timestamp, timestamp),
    quotadesk.cache_matching_ids(text, text, integer), quotadesk.user_cache_entries(integer),
    quotadesk.count_user_cache_entries(integer), quotadesk.acting_staff(integer)
    TO quotadesk_viewer;

-- quotadesk_admin: the viewer's rights (membership) plus the admin functions; no direct
-- INSERT, UPDATE, DELETE or TRUNCATE anywhere.
GRANT EXECUTE ON FUNCTION
    quotadesk.admin_reset_quota(integer, integer[], text, text, timestamp),
    quotadesk.admin_set_plan_limits(integer, text, bigint, bigint, integer, text),
    quotadesk.admin_cache_delete(integer, text, text, integer),
    quotadesk.admin_cache_cleanup_expired(integer, integer, timestamp, integer),
    quotadesk.admin_cache_cleanup_user(integer, integer),
    quotadesk.admin_cache_warmup(integer, jsonb, timestamp)
    TO quotadesk_admin;

-- quotadesk_service: an AI backend's calls per request: status, limits and check (read),
-- cache get and set with their hit and lookup counting (owner's functions), and the
-- usage row of each call (INSERT only; a model's provider config the first time).
GRANT USAGE ON SCHEMA quotadesk TO quotadesk_service;
GRANT SELECT (id, email, full_name, role, is_admin, is_active, created_at, updated_at) ON public.users TO quotadesk_service;
GRANT SELECT ON public.plans, public.subscriptions, public.ai_provider_configs, public.ai_provider_usage_logs
    TO quotadesk_service;
GRANT INSERT ON public.ai_provider_usage_logs, public.ai_provider_configs TO quotadesk_service;
GRANT SELECT ON quotadesk.plan_limits, quotadesk.task_estimates, quotadesk.cache_ttls, quotadesk.cache_hit_savings,
                quotadesk.quota_resets, quotadesk.schema_migrations, quotadesk.user_limits,
                quotadesk.applied_plan_limits TO quotadesk_service;
DO $$
BEGIN
    EXECUTE format('GRANT USAGE ON SEQUENCE %s, %s TO quotadesk_service',
                   pg_catalog.pg_get_serial_sequence('public.ai_provider_usage_logs', 'id'),
                   pg_catalog.pg_get_serial_sequence('public.ai_provider_configs', 'id'));
END
$$;
GRANT EXECUTE ON FUNCTION
    quotadesk.iso(timestamp), quotadesk.utc_now(), quotadesk.raw_tokens(integer, integer, integer),
    quotadesk.row_tokens(integer, integer, integer), quotadesk.percentage(bigint, bigint),
    quotadesk.warning_level(integer), quotadesk.remaining(bigint, bigint), quotadesk.is_staff(boolean, text),
    quotadesk.latest_resets(timestamp, integer), quotadesk.quota_status_at(timestamp, integer),
    quotadesk.quota_status(timestamp, integer), quotadesk.cache_hash(text),
    quotadesk.check_cache_key(text), quotadesk.check_cache_type(text),
    quotadesk.cache_get(text, text, integer, timestamp),
    quotadesk.cache_set(text, text, integer, text, jsonb, timestamp),
    quotadesk.count_cache_lookup(timestamp, text, boolean)
    TO quotadesk_service;

-- quotadesk_delegate: no right of its own; acting_staff() lets its members name the
-- staff member they act for.
