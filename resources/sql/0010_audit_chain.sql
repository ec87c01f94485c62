-- A tamper-evident audit trail and exactly-once admin actions.
--
-- Every admin_action_logs row Quotadesk writes is also appended, in the same transaction,
-- to quotadesk.audit_chain: the row's canonical content, the previous link's hash and this
-- link's hash. Nobody may change or remove a link (grants, plus triggers that raise even
-- for the owner and superusers), so `quotactl audit verify` finds any audit row changed,
-- deleted (also by upstream's ON DELETE CASCADE) or inserted outside Quotadesk.
--
-- Every admin action carries an action id: quotadesk.admin_actions records it under a
-- unique key in the transaction that acts, so a retry acts not again and gets the first
-- outcome, and two racing calls with one id give one effect.

-- The canonical content of an audit row: its columns as one jsonb text (PostgreSQL prints
-- jsonb with sorted keys and fixed spacing). Never change this function: old links were
-- hashed with it.
CREATE FUNCTION quotadesk.audit_content(a public.admin_action_logs) RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object(
        'id', a.id, 'admin_user_id', a.admin_user_id, 'action', a.action,
        'target_type', a.target_type, 'target_id', a.target_id, 'details', a.details,
        'ip_address', a.ip_address, 'user_agent', a.user_agent,
        'created_at', to_char(a.created_at, 'YYYY-MM-DD"T"HH24:MI:SS.US'))::text
$$;

-- What a link's hash covers, as text; quotactl audit verify builds the same bytes
-- (models/audit/AuditChain.cpp): seq|action id|audit row id|previous hash (hex)|content.
CREATE FUNCTION quotadesk.audit_link_input(p_seq bigint, p_action uuid, p_log integer, p_prev bytea, p_content text)
RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT concat_ws('|', p_seq::text, coalesce(p_action::text, ''), p_log::text, encode(p_prev, 'hex'), p_content)
$$;

CREATE TABLE quotadesk.audit_chain (
    seq          bigint PRIMARY KEY,      -- 1, 2, 3, ... without gaps
    action_id    uuid,                    -- NULL for rows adopted when this chain began
    audit_log_id integer NOT NULL UNIQUE, -- no foreign key: the link outlives its row
    content      text NOT NULL,
    prev_hash    bytea NOT NULL,          -- empty for the first link
    hash         bytea NOT NULL UNIQUE,
    recorded_at  timestamp NOT NULL DEFAULT (now() AT TIME ZONE 'UTC')
);
CREATE INDEX audit_chain_action ON quotadesk.audit_chain (action_id) WHERE action_id IS NOT NULL;

CREATE FUNCTION quotadesk.audit_chain_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'The audit chain is append-only: % is not allowed.', TG_OP USING ERRCODE = '42501';
END
$$;
CREATE TRIGGER audit_chain_no_change BEFORE UPDATE OR DELETE ON quotadesk.audit_chain
    FOR EACH ROW EXECUTE FUNCTION quotadesk.audit_chain_is_append_only();
CREATE TRIGGER audit_chain_no_truncate BEFORE TRUNCATE ON quotadesk.audit_chain
    FOR EACH STATEMENT EXECUTE FUNCTION quotadesk.audit_chain_is_append_only();

-- Appends the audit row p_log as the next link. One appender at a time (a transaction
-- lock, held to commit), so links never fork; the primary key on seq stops a fork anyway.
CREATE FUNCTION quotadesk.audit_append(p_log integer, p_action uuid) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    v_head record;
    v_seq bigint;
    v_prev bytea;
    v_content text;
BEGIN
    PERFORM pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtextextended('quotadesk.audit_chain', 0));
    SELECT c.seq, c.hash INTO v_head FROM quotadesk.audit_chain c ORDER BY c.seq DESC LIMIT 1;
    v_seq := coalesce(v_head.seq, 0) + 1;
    v_prev := coalesce(v_head.hash, ''::bytea);
    SELECT quotadesk.audit_content(a) INTO v_content FROM public.admin_action_logs a WHERE a.id = p_log;
    IF v_content IS NULL THEN
        RAISE EXCEPTION 'Audit row % does not exist.', p_log USING ERRCODE = 'QD020';
    END IF;
    INSERT INTO quotadesk.audit_chain (seq, action_id, audit_log_id, content, prev_hash, hash)
    VALUES (v_seq, p_action, p_log, v_content, v_prev,
            pg_catalog.sha256(convert_to(quotadesk.audit_link_input(v_seq, p_action, p_log, v_prev, v_content), 'UTF8')));
    RETURN v_seq;
END
$$;

-- The rows written before this chain began are adopted as its first links: what they say
-- today is what verify will hold them to.
DO $$
DECLARE
    v_log integer;
BEGIN
    FOR v_log IN SELECT a.id FROM public.admin_action_logs a ORDER BY a.id LOOP
        PERFORM quotadesk.audit_append(v_log, NULL);
    END LOOP;
END
$$;

-- Each step of each admin action, once. A one-shot action has step 1; the batched
-- clean-up one step per committed batch.
CREATE TABLE quotadesk.admin_actions (
    action_id     uuid NOT NULL,
    step          integer NOT NULL CHECK (step >= 1),
    kind          text NOT NULL,
    request       jsonb NOT NULL,  -- what was asked: the same id for another request is refused
    staff_user_id integer NOT NULL, -- no foreign key: the record outlives the account
    login         name NOT NULL DEFAULT session_user,
    client        text NOT NULL DEFAULT coalesce(current_setting('application_name', true), ''),
    applied_at    timestamp NOT NULL DEFAULT (now() AT TIME ZONE 'UTC'),
    outcome       jsonb,           -- NULL only inside the transaction that acts
    PRIMARY KEY (action_id, step)
);

-- Claims step p_step of action p_action for this transaction, or returns the outcome it
-- already had. A racing claim of the same id waits on the primary key until the first
-- transaction ends: it then gets its outcome, or the claim if the first rolled back.
CREATE FUNCTION quotadesk.claim_action(p_action uuid, p_step integer, p_kind text, p_request jsonb, p_staff integer)
RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
    v_first quotadesk.admin_actions%ROWTYPE;
BEGIN
    IF p_action IS NULL THEN
        RAISE EXCEPTION 'An admin action needs an action id.' USING ERRCODE = 'QD021';
    END IF;
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

CREATE FUNCTION quotadesk.finish_action(p_action uuid, p_step integer, p_outcome jsonb) RETURNS void
LANGUAGE sql AS $$
    UPDATE quotadesk.admin_actions SET outcome = p_outcome WHERE action_id = p_action AND step = p_step
$$;

-- The audit writer: the admin_action_logs row (with the login, the client and the action
-- id in its details) and its link, in the caller's transaction.
DROP FUNCTION quotadesk.log_action(integer, text, text, integer, jsonb);
CREATE FUNCTION quotadesk.log_action(p_staff integer, p_action text, p_target_type text,
                                     p_target_id integer, p_details jsonb, p_action_id uuid) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
    v_log integer;
BEGIN
    INSERT INTO public.admin_action_logs (admin_user_id, action, target_type, target_id, details, user_agent, created_at)
    VALUES (p_staff, p_action, p_target_type, p_target_id,
            coalesce(p_details, '{}'::jsonb)
                || jsonb_build_object('login', session_user::text,
                                      'client', coalesce(current_setting('application_name', true), ''),
                                      'action_id', p_action_id::text),
            left(coalesce(nullif(current_setting('application_name', true), ''), 'quotadesk'), 255),
            quotadesk.utc_now())
    RETURNING id INTO v_log;
    PERFORM quotadesk.audit_append(v_log, p_action_id);
    RETURN v_log;
END
$$;

-- The admin functions again (as in 0009), now with an action id. Each refusal of a reset
-- has its own SQLSTATE (the client words it in the user's language) and its value in
-- DETAIL.
DROP FUNCTION quotadesk.admin_reset_quota(integer, integer[], text, text, timestamp);
CREATE FUNCTION quotadesk.admin_reset_quota(p_staff integer, p_users integer[], p_period text,
                                            p_reason text, p_at timestamp DEFAULT NULL, p_action uuid DEFAULT NULL)
RETURNS SETOF bigint LANGUAGE plpgsql AS $$
DECLARE
    v_staff integer := quotadesk.acting_staff(p_staff);
    v_action uuid := coalesce(p_action, gen_random_uuid());
    v_at timestamp := coalesce(p_at, quotadesk.utc_now());
    v_reason text := btrim(p_reason);
    v_missing text;
    v_users integer[];
    v_done jsonb;
    v_user integer;
    v_before record;
    v_log integer;
    v_reset bigint;
    v_resets bigint[] := '{}';
BEGIN
    IF p_period IS NULL OR p_period NOT IN ('daily', 'monthly', 'hourly') THEN
        RAISE EXCEPTION 'The period to reset must be daily, monthly or hourly, not "%".', coalesce(p_period, '')
            USING ERRCODE = 'QD031', DETAIL = coalesce(p_period, '');
    END IF;
    IF v_reason IS NULL OR v_reason = '' THEN
        RAISE EXCEPTION 'A quota reset needs a reason: say why it is reset.' USING ERRCODE = 'QD032';
    END IF;
    IF p_users IS NULL OR cardinality(p_users) = 0 THEN
        RAISE EXCEPTION 'No user was selected to reset.' USING ERRCODE = 'QD033';
    END IF;
    IF array_position(p_users, NULL) IS NOT NULL THEN
        RAISE EXCEPTION 'The list of users to reset contains an empty id.' USING ERRCODE = 'QD034';
    END IF;
    v_missing := quotadesk.missing_users(p_users);
    IF v_missing IS NOT NULL THEN
        RAISE EXCEPTION 'No user with id %: nothing was reset.', v_missing USING ERRCODE = 'QD004', DETAIL = v_missing;
    END IF;

    SELECT array_agg(DISTINCT x ORDER BY x) INTO v_users FROM unnest(p_users) x;
    v_done := quotadesk.claim_action(v_action, 1, 'quota.reset', jsonb_build_object(
        'users', to_jsonb(v_users), 'period', p_period, 'reason', v_reason,
        'at', CASE WHEN p_at IS NOT NULL THEN quotadesk.iso(p_at) END), v_staff);
    IF v_done IS NOT NULL THEN
        RETURN QUERY SELECT r::bigint FROM jsonb_array_elements_text(v_done->'reset_ids') r;
        RETURN;
    END IF;

    FOREACH v_user IN ARRAY v_users LOOP
        SELECT s.email, s.daily_used, s.monthly_used, s.hourly_calls INTO v_before
        FROM quotadesk.quota_status_at(v_at, v_user) s;
        IF NOT FOUND THEN -- deleted since the check above
            RAISE EXCEPTION 'No user with id %: nothing was reset.', v_user USING ERRCODE = 'QD004', DETAIL = v_user::text;
        END IF;
        v_log := quotadesk.log_action(v_staff, 'quota.reset', 'user', v_user, jsonb_build_object(
            'period', p_period, 'reason', v_reason, 'email', v_before.email,
            'used_before', CASE p_period WHEN 'daily' THEN v_before.daily_used
                                         WHEN 'monthly' THEN v_before.monthly_used
                                         ELSE v_before.hourly_calls END,
            'reset_at', quotadesk.iso(v_at)), v_action);
        INSERT INTO quotadesk.quota_resets (user_id, period, reset_at, reset_by, reason, audit_log_id)
        VALUES (v_user, p_period, v_at, v_staff, v_reason, v_log)
        RETURNING id INTO v_reset;
        v_resets := v_resets || v_reset;
        RETURN NEXT v_reset;
    END LOOP;
    PERFORM quotadesk.finish_action(v_action, 1, jsonb_build_object('reset_ids', to_jsonb(v_resets)));
END
$$;

DROP FUNCTION quotadesk.admin_set_plan_limits(integer, text, bigint, bigint, integer, text);
CREATE FUNCTION quotadesk.admin_set_plan_limits(p_staff integer, p_plan text, p_daily_tokens bigint,
                                                p_monthly_tokens bigint, p_hourly_calls integer,
                                                p_cache_tier text, p_action uuid DEFAULT NULL)
RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    v_staff integer := quotadesk.acting_staff(p_staff);
    v_action uuid := coalesce(p_action, gen_random_uuid());
    v_plan text := btrim(p_plan);
    v_tier text := btrim(p_cache_tier);
    v_before quotadesk.plan_limits%ROWTYPE;
    v_tiers text;
    v_done jsonb;
    v_log integer;
BEGIN
    IF v_plan IS NULL OR v_plan = '' THEN
        RAISE EXCEPTION 'No plan given: name the plan whose limits to set.' USING ERRCODE = 'QD003';
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
    v_done := quotadesk.claim_action(v_action, 1, 'quota.plan_limits', jsonb_build_object(
        'plan', v_plan, 'daily_tokens', p_daily_tokens, 'monthly_tokens', p_monthly_tokens,
        'hourly_calls', p_hourly_calls, 'cache_tier', v_tier), v_staff);
    IF v_done IS NOT NULL THEN
        RETURN (v_done->>'log_id')::integer;
    END IF;

    SELECT * INTO v_before FROM quotadesk.plan_limits WHERE plan = v_plan FOR UPDATE;
    IF NOT FOUND AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_enum e
                                 WHERE e.enumtypid = 'public.plan_type_enum'::regtype AND e.enumlabel = v_plan) THEN
        RAISE EXCEPTION 'Unknown plan "%": limits can be set for a plan of plan_type_enum or one that already has limits.', v_plan
            USING ERRCODE = 'QD003';
    END IF;

    INSERT INTO quotadesk.plan_limits AS pl (plan, daily_tokens, monthly_tokens, hourly_calls, cache_tier, updated_at)
    VALUES (v_plan, p_daily_tokens, p_monthly_tokens, p_hourly_calls, v_tier, quotadesk.utc_now())
    ON CONFLICT (plan) DO UPDATE
        SET daily_tokens = EXCLUDED.daily_tokens, monthly_tokens = EXCLUDED.monthly_tokens,
            hourly_calls = EXCLUDED.hourly_calls, cache_tier = EXCLUDED.cache_tier, updated_at = EXCLUDED.updated_at;

    v_log := quotadesk.log_action(v_staff, 'quota.plan_limits', 'plan', NULL, jsonb_build_object(
        'plan', v_plan,
        'before', CASE WHEN v_before.plan IS NULL THEN NULL ELSE jsonb_build_object(
            'daily_tokens', v_before.daily_tokens, 'monthly_tokens', v_before.monthly_tokens,
            'hourly_calls', v_before.hourly_calls, 'cache_tier', v_before.cache_tier) END,
        'after', jsonb_build_object(
            'daily_tokens', p_daily_tokens, 'monthly_tokens', p_monthly_tokens,
            'hourly_calls', p_hourly_calls, 'cache_tier', v_tier)), v_action);
    PERFORM quotadesk.finish_action(v_action, 1, jsonb_build_object('log_id', v_log));
    RETURN v_log;
END
$$;

DROP FUNCTION quotadesk.admin_cache_delete(integer, text, text, integer);
CREATE FUNCTION quotadesk.admin_cache_delete(p_staff integer, p_key text, p_type text DEFAULT NULL,
                                             p_user integer DEFAULT NULL, p_action uuid DEFAULT NULL)
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
        jsonb_build_object('key', p_key, 'type', v_type, 'user_id', v_user), v_staff);
    IF v_done IS NOT NULL THEN
        RETURN (v_done->>'deleted')::bigint;
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
            jsonb_build_object('key', p_key, 'type', v_type, 'user_id', v_user,
                               'deleted', v_count, 'ids', to_jsonb(v_ids[1:100])), v_action);
    END IF;
    PERFORM quotadesk.finish_action(v_action, 1, jsonb_build_object('deleted', v_count));
    RETURN v_count;
END
$$;

-- One batch of a clean-up, step p_step of action p_action. The first step fixes the
-- cut-off and the batch size for all; each committed batch that deletes writes its own
-- audit row (no audit row is ever updated), the first one always.
DROP FUNCTION quotadesk.admin_cache_cleanup_expired(integer, integer, timestamp, integer);
CREATE FUNCTION quotadesk.admin_cache_cleanup_expired(p_staff integer, p_batch integer, p_at timestamp DEFAULT NULL,
                                                      p_action uuid DEFAULT NULL, p_step integer DEFAULT 1)
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
        v_request := jsonb_build_object('batch_size', p_batch,
                                        'expired_before', CASE WHEN p_at IS NOT NULL THEN quotadesk.iso(p_at) END);
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
        v_request := jsonb_build_object('continues', v_action);
        v_total := (v_previous->>'total_deleted')::bigint;
    END IF;
    v_done := quotadesk.claim_action(v_action, p_step, 'cache.cleanup_expired', v_request, v_staff);
    IF v_done IS NOT NULL THEN
        RETURN QUERY SELECT (v_done->>'deleted')::bigint, (v_done->>'total_deleted')::bigint, (v_done->>'log_id')::integer;
        RETURN;
    END IF;

    WITH doomed AS (
        SELECT x.id FROM public.ai_cache x WHERE x.expires_at <= v_at LIMIT v_batch FOR UPDATE SKIP LOCKED
    ), gone AS (
        DELETE FROM public.ai_cache c USING doomed d WHERE c.id = d.id RETURNING c.id
    )
    SELECT count(*) INTO v_deleted FROM gone;
    v_total := v_total + v_deleted;

    IF p_step = 1 OR v_deleted > 0 THEN
        v_log := quotadesk.log_action(v_staff, 'cache.cleanup_expired', 'cache', NULL,
            jsonb_build_object('deleted', v_deleted, 'batch', p_step, 'total_deleted', v_total,
                               'batch_size', v_batch, 'expired_before', quotadesk.iso(v_at)), v_action);
    END IF;
    PERFORM quotadesk.finish_action(v_action, p_step, jsonb_build_object(
        'deleted', v_deleted, 'total_deleted', v_total, 'log_id', v_log,
        'expired_before', to_char(v_at, 'YYYY-MM-DD"T"HH24:MI:SS.US')));
    RETURN QUERY SELECT v_deleted, v_total, v_log;
END
$$;

DROP FUNCTION quotadesk.admin_cache_warmup(integer, jsonb, timestamp);
CREATE FUNCTION quotadesk.admin_cache_warmup(p_staff integer, p_prompts jsonb, p_at timestamp DEFAULT NULL,
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

DROP FUNCTION quotadesk.admin_cache_cleanup_user(integer, integer);
CREATE FUNCTION quotadesk.admin_cache_cleanup_user(p_staff integer, p_user integer, p_action uuid DEFAULT NULL)
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
    v_done := quotadesk.claim_action(v_action, 1, 'cache.cleanup_user', jsonb_build_object('user_id', p_user), v_staff);
    IF v_done IS NOT NULL THEN
        RETURN (v_done->>'deleted')::bigint;
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
        jsonb_build_object('email', v_email, 'deleted', v_count, 'by_type', v_by_type), v_action);
    PERFORM quotadesk.finish_action(v_action, 1, jsonb_build_object('deleted', v_count));
    RETURN v_count;
END
$$;

-- Functions that write run with the owner's rights (as in 0009): SECURITY DEFINER, the
-- search_path pinned with pg_temp last, owned by quotadesk_owner; the chain and action
-- helpers are the owner's alone.
DO $$
DECLARE
    v_fn regprocedure;
    v_name name;
BEGIN
    FOR v_fn, v_name IN SELECT p.oid::regprocedure, p.proname FROM pg_catalog.pg_proc p
                        WHERE p.pronamespace = 'quotadesk'::regnamespace
                          AND (p.proname LIKE 'admin\_%' OR p.proname IN ('log_action', 'audit_append', 'claim_action', 'finish_action'))
    LOOP
        IF v_name LIKE 'admin\_%' THEN
            EXECUTE format('ALTER FUNCTION %s SECURITY DEFINER SET search_path = pg_catalog, public, quotadesk, pg_temp', v_fn);
        END IF;
        EXECUTE format('ALTER FUNCTION %s OWNER TO quotadesk_owner', v_fn);
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', v_fn);
    END LOOP;
END
$$;
REVOKE ALL ON FUNCTION quotadesk.audit_content(public.admin_action_logs), quotadesk.audit_link_input(bigint, uuid, integer, bytea, text),
                       quotadesk.audit_chain_is_append_only() FROM PUBLIC;
REVOKE ALL ON quotadesk.audit_chain, quotadesk.admin_actions FROM PUBLIC;

-- The owner appends links and records actions; it can no longer rewrite an audit row.
REVOKE UPDATE ON public.admin_action_logs FROM quotadesk_owner;
GRANT EXECUTE ON FUNCTION quotadesk.audit_content(public.admin_action_logs),
                          quotadesk.audit_link_input(bigint, uuid, integer, bytea, text) TO quotadesk_owner;
GRANT SELECT, INSERT ON quotadesk.audit_chain TO quotadesk_owner;
GRANT SELECT, INSERT, UPDATE ON quotadesk.admin_actions TO quotadesk_owner;

-- Viewers (and so admins) read the chain and the actions, and recompute the content.
GRANT SELECT ON quotadesk.audit_chain, quotadesk.admin_actions TO quotadesk_viewer;
GRANT EXECUTE ON FUNCTION quotadesk.audit_content(public.admin_action_logs),
                          quotadesk.audit_link_input(bigint, uuid, integer, bytea, text) TO quotadesk_viewer;

GRANT EXECUTE ON FUNCTION
    quotadesk.admin_reset_quota(integer, integer[], text, text, timestamp, uuid),
    quotadesk.admin_set_plan_limits(integer, text, bigint, bigint, integer, text, uuid),
    quotadesk.admin_cache_delete(integer, text, text, integer, uuid),
    quotadesk.admin_cache_cleanup_expired(integer, integer, timestamp, uuid, integer),
    quotadesk.admin_cache_cleanup_user(integer, integer, uuid),
    quotadesk.admin_cache_warmup(integer, jsonb, timestamp, uuid)
    TO quotadesk_admin;

-- A grant or revoke (quotactl grant) tells open dashboards to ask again what their login may do.
CREATE TRIGGER quotadesk_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON quotadesk.staff_logins
    FOR EACH STATEMENT EXECUTE FUNCTION quotadesk.notify_change();
