-- The cache engine: key hash, get with hit/miss counting, set by plan tier, statistics,
-- and the audited admin actions (delete, clean-up of expired rows or of one user, warm-up).
-- Error codes QDC01..QDC09 are this file's; their messages reach users as they are.

-- First 16 hex digits of SHA-256 of the UTF-8 text: the backend's key hash.
CREATE FUNCTION quotadesk.cache_hash(p_text text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT left(encode(sha256(convert_to(p_text, 'UTF8')), 'hex'), 16)
$$;

-- ai_cache.cache_key is varchar(255): say so instead of letting the insert fail.
CREATE FUNCTION quotadesk.check_cache_key(p_key text) RETURNS void
LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    IF p_key IS NULL OR p_key = '' THEN
        RAISE EXCEPTION 'A cache key cannot be empty.' USING ERRCODE = 'QDC01';
    END IF;
    IF char_length(p_key) > 255 THEN
        RAISE EXCEPTION 'The cache key is % characters; the limit is 255.', char_length(p_key) USING ERRCODE = 'QDC01';
    END IF;
END
$$;

CREATE FUNCTION quotadesk.check_cache_type(p_type text) RETURNS void
LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    IF p_type IS NULL OR p_type NOT IN ('system', 'session', 'content', 'extraction') THEN
        RAISE EXCEPTION 'Unknown cache type "%": use system, session, content or extraction.', coalesce(p_type, '')
            USING ERRCODE = 'QDC02';
    END IF;
END
$$;

-- Counts one lookup in its hour bucket. Concurrent callers are safe: ON CONFLICT re-reads
-- the latest row version before adding.
CREATE FUNCTION quotadesk.count_cache_lookup(p_at timestamp, p_type text, p_hit boolean) RETURNS void
LANGUAGE sql AS $$
    INSERT INTO quotadesk.cache_lookups AS l (bucket, cache_type, hits, misses)
    VALUES (date_trunc('hour', p_at), p_type, CASE WHEN p_hit THEN 1 ELSE 0 END, CASE WHEN p_hit THEN 0 ELSE 1 END)
    ON CONFLICT (bucket, cache_type) DO UPDATE
        SET hits = l.hits + EXCLUDED.hits, misses = l.misses + EXCLUDED.misses
$$;

-- Looks up one entry at p_at and counts the lookup. A hit is one UPDATE ... RETURNING
-- (access_count + 1 under the row lock, so concurrent readers never lose a count).
-- Type 'system': shared rows (user_id NULL), p_user ignored. Other types: p_user's row.
-- No type: p_user's rows or system rows, the user's first. Several matches (duplicate
-- system rows exist in production): the newest. Expired rows (expires_at <= p_at) miss.
-- A miss without a type is counted under cache_type 'any'.
CREATE FUNCTION quotadesk.cache_get(p_key text, p_type text, p_user integer, p_at timestamp DEFAULT NULL)
RETURNS SETOF public.ai_cache
LANGUAGE plpgsql AS $$
DECLARE
    v_at timestamp := coalesce(p_at, quotadesk.utc_now());
    v_type text := nullif(p_type, '');
    v_row public.ai_cache%ROWTYPE;
BEGIN
    PERFORM quotadesk.check_cache_key(p_key);
    IF v_type IS NOT NULL THEN
        PERFORM quotadesk.check_cache_type(v_type);
        IF v_type <> 'system' AND p_user IS NULL THEN
            RAISE EXCEPTION 'A % cache entry belongs to a user: give a user id.', v_type USING ERRCODE = 'QDC04';
        END IF;
    END IF;

    UPDATE public.ai_cache c
       SET access_count = coalesce(c.access_count, 0) + 1, last_accessed_at = v_at
     WHERE c.id = (SELECT x.id FROM public.ai_cache x
                    WHERE x.cache_key = p_key
                      AND (x.expires_at IS NULL OR x.expires_at > v_at)
                      AND CASE WHEN v_type = 'system' THEN x.cache_type = 'system' AND x.user_id IS NULL
                               WHEN v_type IS NOT NULL THEN x.cache_type = v_type AND x.user_id = p_user
                               ELSE (x.cache_type = 'system' AND x.user_id IS NULL)
                                    OR (p_user IS NOT NULL AND x.user_id = p_user) END
                    ORDER BY (x.user_id IS NULL), x.created_at DESC, x.id DESC
                    LIMIT 1)
       AND (c.expires_at IS NULL OR c.expires_at > v_at)
    RETURNING c.* INTO v_row;

    IF FOUND THEN
        PERFORM quotadesk.count_cache_lookup(v_at, v_row.cache_type, true);
        RETURN NEXT v_row;
    ELSE
        PERFORM quotadesk.count_cache_lookup(v_at, coalesce(v_type, 'any'), false);
    END IF;
END
$$;

-- Stores one entry at p_at. System entries are permanent and shared (user ignored); a
-- per-key advisory lock makes racing writers update one row instead of inserting two.
-- Other types: TTL from the user's plan tier (quotadesk.user_limits.cache_tier); a tier
-- without a TTL for the type is not cached (stored = false, not an error).
-- Re-setting an entry replaces data, metadata, created_at and expires_at; hits are kept.
CREATE FUNCTION quotadesk.cache_set(p_key text, p_type text, p_user integer, p_data text,
                                    p_metadata jsonb DEFAULT NULL, p_at timestamp DEFAULT NULL)
RETURNS TABLE (stored boolean, ttl integer, expires text, plan_name text, tier text, entry_id integer)
LANGUAGE plpgsql AS $$
DECLARE
    v_at timestamp := coalesce(p_at, quotadesk.utc_now());
    v_plan text;
    v_tier text;
    v_ttl integer;
    v_expires timestamp;
    v_id integer;
BEGIN
    PERFORM quotadesk.check_cache_key(p_key);
    PERFORM quotadesk.check_cache_type(p_type);
    IF p_data IS NULL THEN
        RAISE EXCEPTION 'There is no data to cache.' USING ERRCODE = 'QDC03';
    END IF;
    IF p_metadata IS NOT NULL AND jsonb_typeof(p_metadata) <> 'object' THEN
        RAISE EXCEPTION 'Cache metadata must be a JSON object.' USING ERRCODE = 'QDC03';
    END IF;

    IF p_type = 'system' THEN
        PERFORM pg_advisory_xact_lock(hashtextextended('quotadesk.system:' || p_key, 0));
        UPDATE public.ai_cache c
           SET cache_data = p_data, expires_at = NULL, created_at = v_at,
               cache_metadata = coalesce(p_metadata, '{}'::jsonb) || jsonb_build_object('permanent', true)
         WHERE c.id = (SELECT x.id FROM public.ai_cache x
                        WHERE x.cache_key = p_key AND x.cache_type = 'system' AND x.user_id IS NULL
                        ORDER BY x.created_at DESC, x.id DESC LIMIT 1)
        RETURNING c.id INTO v_id;
        IF NOT FOUND THEN
            INSERT INTO public.ai_cache (cache_key, cache_type, cache_data, user_id, expires_at, cache_metadata,
                                         access_count, created_at, last_accessed_at)
            VALUES (p_key, 'system', p_data, NULL, NULL,
                    coalesce(p_metadata, '{}'::jsonb) || jsonb_build_object('permanent', true), 0, v_at, v_at)
            RETURNING id INTO v_id;
        END IF;
        RETURN QUERY SELECT true, NULL::integer, NULL::text, NULL::text, 'system'::text, v_id;
        RETURN;
    END IF;

    IF p_user IS NULL THEN
        RAISE EXCEPTION 'A % cache entry belongs to a user: give a user id.', p_type USING ERRCODE = 'QDC04';
    END IF;
    SELECT l.plan, l.cache_tier INTO v_plan, v_tier FROM quotadesk.user_limits l WHERE l.user_id = p_user;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'No user with id %.', p_user USING ERRCODE = 'QDC05';
    END IF;
    SELECT t.ttl_minutes INTO v_ttl FROM quotadesk.cache_ttls t WHERE t.cache_tier = v_tier AND t.cache_type = p_type;
    IF v_ttl IS NULL THEN
        RETURN QUERY SELECT false, NULL::integer, NULL::text, v_plan, v_tier, NULL::integer;
        RETURN;
    END IF;

    v_expires := v_at + make_interval(mins => v_ttl);
    INSERT INTO public.ai_cache AS c (cache_key, cache_type, cache_data, user_id, expires_at, cache_metadata,
                                      access_count, created_at, last_accessed_at)
    VALUES (p_key, p_type, p_data, p_user, v_expires,
            coalesce(p_metadata, '{}'::jsonb)
                || jsonb_build_object('plan', v_plan, 'cache_tier', v_tier, 'ttl_minutes', v_ttl),
            0, v_at, v_at)
    ON CONFLICT (cache_key, cache_type, user_id) DO UPDATE
        SET cache_data = EXCLUDED.cache_data, cache_metadata = EXCLUDED.cache_metadata,
            expires_at = EXCLUDED.expires_at, created_at = EXCLUDED.created_at
    RETURNING c.id INTO v_id;
    RETURN QUERY SELECT true, v_ttl, quotadesk.iso(v_expires), v_plan, v_tier, v_id;
END
$$;

-- Snapshot statistics at p_at: one row per cache type present plus the total (is_total).
-- Aggregates only; storage is bytes of cache_data / 2^20.
CREATE FUNCTION quotadesk.cache_stats(p_at timestamp)
RETURNS TABLE (cache_type text, is_total boolean, entries bigint, hits bigint, cost_saved_usd double precision,
               storage_mb double precision, average_ttl_minutes double precision, expired_entries bigint)
LANGUAGE sql STABLE AS $$
    SELECT c.cache_type::text,
           grouping(c.cache_type) = 1,
           count(c.id),
           coalesce(sum(coalesce(c.access_count, 0)), 0)::bigint,
           coalesce(sum(coalesce(c.access_count, 0) * coalesce(s.saved_usd, 0)), 0)::double precision,
           coalesce(sum(octet_length(c.cache_data)), 0)::double precision / 1048576.0,
           (avg(extract(epoch FROM c.expires_at - c.created_at)) FILTER (WHERE c.expires_at IS NOT NULL) / 60)::double precision,
           count(c.id) FILTER (WHERE c.expires_at <= p_at)
    FROM public.ai_cache c
    LEFT JOIN quotadesk.cache_hit_savings s ON s.cache_type = c.cache_type
    GROUP BY GROUPING SETS ((c.cache_type), ())
$$;

-- Recorded lookups per UTC day in the window: buckets from the hour of p_since (all
-- when NULL) up to p_at.
CREATE FUNCTION quotadesk.cache_lookups_by_day(p_since timestamp, p_at timestamp)
RETURNS TABLE (day date, hits bigint, misses bigint)
LANGUAGE sql STABLE AS $$
    SELECT l.bucket::date, sum(l.hits)::bigint, sum(l.misses)::bigint
    FROM quotadesk.cache_lookups l
    WHERE (p_since IS NULL OR l.bucket >= date_trunc('hour', p_since)) AND l.bucket <= p_at
    GROUP BY 1
    ORDER BY 1
$$;

-- The ids an admin delete of (key, type, user) removes: type 'system' means the shared
-- rows; another type with a user that user's row; a type without a user every user's;
-- no type with a user that user's rows of any type; key alone every row with the key.
CREATE FUNCTION quotadesk.cache_matching_ids(p_key text, p_type text, p_user integer)
RETURNS SETOF integer LANGUAGE sql STABLE AS $$
    SELECT c.id FROM public.ai_cache c
    WHERE c.cache_key = p_key
      AND (nullif(p_type, '') IS NULL OR c.cache_type = p_type)
      AND CASE WHEN p_type = 'system' THEN c.user_id IS NULL
               WHEN p_user IS NULL THEN true
               ELSE c.user_id = p_user END
$$;

-- Admin: delete the entries of (key, type, user). Nothing matched: returns 0 and writes
-- no audit row (nothing changed).
CREATE FUNCTION quotadesk.admin_cache_delete(p_staff integer, p_key text, p_type text DEFAULT NULL,
                                             p_user integer DEFAULT NULL)
RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    v_staff integer := quotadesk.require_staff(p_staff);
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

-- Admin: one batch of the expired-row clean-up. Deletes at most p_batch rows with
-- expires_at <= p_at (skipping rows other transactions hold) and, in the same
-- transaction, creates (p_log NULL) or advances (p_log = the id returned by the first
-- batch) the audit row, so at every commit its "deleted" equals what is gone.
CREATE FUNCTION quotadesk.admin_cache_cleanup_expired(p_staff integer, p_batch integer,
                                                      p_at timestamp DEFAULT NULL, p_log integer DEFAULT NULL)
RETURNS TABLE (deleted bigint, total_deleted bigint, log_id integer)
LANGUAGE plpgsql AS $$
DECLARE
    v_staff integer := quotadesk.require_staff(p_staff);
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

-- Admin: delete one user's non-system entries (all types, expired or not).
CREATE FUNCTION quotadesk.admin_cache_cleanup_user(p_staff integer, p_user integer)
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
        DELETE FROM public.ai_cache c WHERE c.user_id = p_user AND c.cache_type <> 'system'
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

-- Admin: warm up the system cache from a JSON object key -> prompt text. Each prompt is
-- stored as its JSON encoding (to_jsonb(text)::text). Idempotent; duplicate system rows of
-- a key are reduced to the lowest id. Serialized by an advisory lock, and each key takes
-- the same per-key lock as cache_set, so no racing writer can add a duplicate.
CREATE FUNCTION quotadesk.admin_cache_warmup(p_staff integer, p_prompts jsonb, p_at timestamp DEFAULT NULL)
RETURNS TABLE (inserted integer, updated integer, unchanged integer, duplicates_removed integer, log_id integer)
LANGUAGE plpgsql AS $$
DECLARE
    v_staff integer := quotadesk.require_staff(p_staff);
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
