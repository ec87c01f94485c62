-- Cache statistics without a full scan: per cache type, the entries, hits, bytes and TTLs
-- of public.ai_cache are kept by statement-level triggers (transition tables) in the
-- transaction that changes the rows, so quotadesk.cache_stats() reads a few dozen counter
-- rows plus an index range for the expired count, exactly equal to the aggregate over the
-- rows (quotadesk.cache_stats_raw(), kept as the oracle).
--
-- Every cache hit updates a row, so the counters are sharded by backend (8 rows per type):
-- concurrent hits of one type rarely wait for each other's commit.

CREATE TABLE quotadesk.cache_totals (
    cache_type  text NOT NULL,
    shard       smallint NOT NULL,
    entries     bigint NOT NULL DEFAULT 0,
    hits        bigint NOT NULL DEFAULT 0,  -- sum of access_count (NULL as 0)
    bytes       bigint NOT NULL DEFAULT 0,  -- sum of octet_length(cache_data)
    ttl_seconds numeric NOT NULL DEFAULT 0, -- sum of expires_at - created_at over ttl_rows
    ttl_rows    bigint NOT NULL DEFAULT 0,  -- rows with a finite expires_at and created_at
    PRIMARY KEY (cache_type, shard)
);

-- The TTL a row contributes: NULL unless both ends are finite.
CREATE FUNCTION quotadesk.cache_ttl_seconds(p_expires timestamp, p_created timestamp) RETURNS numeric
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN isfinite(p_expires) AND isfinite(p_created) THEN extract(epoch FROM p_expires - p_created) END
$$;

-- Adds the changed rows (sign 1: added, -1: removed; one array element per row, only
-- scalars, so no cache_data is ever read) to this backend's shard, one upsert per type in
-- a fixed order (no deadlocks between concurrent writers).
CREATE FUNCTION quotadesk.add_cache_totals(p_types text[], p_signs integer[], p_hits bigint[], p_bytes bigint[], p_ttls numeric[])
RETURNS void LANGUAGE sql AS $$
    INSERT INTO quotadesk.cache_totals AS t (cache_type, shard, entries, hits, bytes, ttl_seconds, ttl_rows)
    SELECT d.cache_type, (pg_catalog.pg_backend_pid() % 8)::smallint, sum(d.sign), sum(d.sign * d.hits), sum(d.sign * d.bytes),
           coalesce(sum(d.sign * d.ttl), 0), count(d.ttl) FILTER (WHERE d.sign > 0) - count(d.ttl) FILTER (WHERE d.sign < 0)
    FROM unnest(p_types, p_signs, p_hits, p_bytes, p_ttls) AS d (cache_type, sign, hits, bytes, ttl)
    GROUP BY d.cache_type
    ORDER BY d.cache_type
    ON CONFLICT (cache_type, shard) DO UPDATE
        SET entries = t.entries + EXCLUDED.entries, hits = t.hits + EXCLUDED.hits, bytes = t.bytes + EXCLUDED.bytes,
            ttl_seconds = t.ttl_seconds + EXCLUDED.ttl_seconds, ttl_rows = t.ttl_rows + EXCLUDED.ttl_rows
$$;

-- One trigger function for every change; each branch names only the transition tables
-- its event has (PL/pgSQL parses a statement when it first runs).
CREATE FUNCTION quotadesk.cache_totals_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    v record;
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        DELETE FROM quotadesk.cache_totals;
        RETURN NULL;
    ELSIF TG_OP = 'INSERT' THEN
        SELECT array_agg(d.cache_type) AS types, array_agg(d.sign) AS signs, array_agg(d.hits) AS hits,
               array_agg(d.bytes) AS bytes, array_agg(d.ttl) AS ttls INTO v
        FROM (SELECT n.cache_type::text, 1 AS sign, coalesce(n.access_count, 0)::bigint AS hits,
                     coalesce(octet_length(n.cache_data), 0)::bigint AS bytes,
                     quotadesk.cache_ttl_seconds(n.expires_at, n.created_at) AS ttl
              FROM new_rows n) d;
    ELSIF TG_OP = 'UPDATE' THEN
        SELECT array_agg(d.cache_type) AS types, array_agg(d.sign) AS signs, array_agg(d.hits) AS hits,
               array_agg(d.bytes) AS bytes, array_agg(d.ttl) AS ttls INTO v
        FROM (SELECT n.cache_type::text, 1 AS sign, coalesce(n.access_count, 0)::bigint AS hits,
                     coalesce(octet_length(n.cache_data), 0)::bigint AS bytes,
                     quotadesk.cache_ttl_seconds(n.expires_at, n.created_at) AS ttl
              FROM new_rows n
              UNION ALL
              SELECT o.cache_type::text, -1, coalesce(o.access_count, 0)::bigint, coalesce(octet_length(o.cache_data), 0)::bigint,
                     quotadesk.cache_ttl_seconds(o.expires_at, o.created_at)
              FROM old_rows o) d;
    ELSE
        SELECT array_agg(d.cache_type) AS types, array_agg(d.sign) AS signs, array_agg(d.hits) AS hits,
               array_agg(d.bytes) AS bytes, array_agg(d.ttl) AS ttls INTO v
        FROM (SELECT o.cache_type::text, -1 AS sign, coalesce(o.access_count, 0)::bigint AS hits,
                     coalesce(octet_length(o.cache_data), 0)::bigint AS bytes,
                     quotadesk.cache_ttl_seconds(o.expires_at, o.created_at) AS ttl
              FROM old_rows o) d;
    END IF;
    IF v.types IS NOT NULL THEN
        PERFORM quotadesk.add_cache_totals(v.types, v.signs, v.hits, v.bytes, v.ttls);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER quotadesk_cache_totals_insert AFTER INSERT ON public.ai_cache
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION quotadesk.cache_totals_change();
CREATE TRIGGER quotadesk_cache_totals_update AFTER UPDATE ON public.ai_cache
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION quotadesk.cache_totals_change();
CREATE TRIGGER quotadesk_cache_totals_delete AFTER DELETE ON public.ai_cache
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION quotadesk.cache_totals_change();
CREATE TRIGGER quotadesk_cache_totals_truncate AFTER TRUNCATE ON public.ai_cache
    FOR EACH STATEMENT EXECUTE FUNCTION quotadesk.cache_totals_change();

-- The rows already there: the triggers above hold ai_cache's writers off until this
-- transaction commits, so nothing is counted twice or missed.
INSERT INTO quotadesk.cache_totals (cache_type, shard, entries, hits, bytes, ttl_seconds, ttl_rows)
SELECT c.cache_type::text, 0, count(*), coalesce(sum(coalesce(c.access_count, 0)), 0),
       coalesce(sum(coalesce(octet_length(c.cache_data), 0)), 0),
       coalesce(sum(quotadesk.cache_ttl_seconds(c.expires_at, c.created_at)), 0),
       count(quotadesk.cache_ttl_seconds(c.expires_at, c.created_at))
FROM public.ai_cache c
GROUP BY c.cache_type;

-- Expired rows per type from an index range (the index carries the type), not the table.
-- (Built after this transaction, as every index on an upstream table.)
CREATE INDEX CONCURRENTLY IF NOT EXISTS qd_ai_cache_expires_type ON public.ai_cache (expires_at) INCLUDE (cache_type)
    WHERE expires_at IS NOT NULL;

-- The aggregate over the rows themselves: what cache_stats() must always equal (tests,
-- and anyone who doubts the counters).
CREATE FUNCTION quotadesk.cache_stats_raw(p_at timestamp)
RETURNS TABLE (cache_type text, is_total boolean, entries bigint, hits bigint, cost_saved_usd double precision,
               storage_mb double precision, average_ttl_minutes double precision, expired_entries bigint)
LANGUAGE sql STABLE AS $$
    SELECT c.cache_type::text,
           grouping(c.cache_type) = 1,
           count(c.id),
           coalesce(sum(coalesce(c.access_count, 0)), 0)::bigint,
           coalesce(sum(coalesce(c.access_count, 0) * coalesce(s.saved_usd, 0)), 0)::double precision,
           coalesce(sum(coalesce(octet_length(c.cache_data), 0)), 0)::double precision / 1048576.0,
           (avg(quotadesk.cache_ttl_seconds(c.expires_at, c.created_at)) / 60)::double precision,
           count(c.id) FILTER (WHERE c.expires_at <= p_at)
    FROM public.ai_cache c
    LEFT JOIN quotadesk.cache_hit_savings s ON s.cache_type = c.cache_type
    GROUP BY GROUPING SETS ((c.cache_type), ())
$$;

-- Snapshot statistics at p_at, as cache_stats_raw() (same rows, same columns): one row per
-- cache type present plus the total (is_total).
CREATE OR REPLACE FUNCTION quotadesk.cache_stats(p_at timestamp)
RETURNS TABLE (cache_type text, is_total boolean, entries bigint, hits bigint, cost_saved_usd double precision,
               storage_mb double precision, average_ttl_minutes double precision, expired_entries bigint)
LANGUAGE sql STABLE AS $$
    WITH per_type AS (
        SELECT t.cache_type, sum(t.entries)::bigint AS entries, sum(t.hits)::bigint AS hits, sum(t.bytes) AS bytes,
               sum(t.ttl_seconds) AS ttl_seconds, sum(t.ttl_rows) AS ttl_rows
        FROM quotadesk.cache_totals t
        GROUP BY t.cache_type
        HAVING sum(t.entries) > 0
    ), expired AS (
        SELECT c.cache_type::text AS cache_type, count(*) AS n
        FROM public.ai_cache c WHERE c.expires_at <= p_at
        GROUP BY c.cache_type
    )
    SELECT p.cache_type, grouping(p.cache_type) = 1,
           coalesce(sum(p.entries), 0)::bigint, coalesce(sum(p.hits), 0)::bigint,
           coalesce(sum(p.hits * coalesce(s.saved_usd, 0)), 0)::double precision,
           coalesce(sum(p.bytes), 0)::double precision / 1048576.0,
           (sum(p.ttl_seconds) / nullif(sum(p.ttl_rows), 0) / 60)::double precision,
           coalesce(sum(e.n), 0)::bigint
    FROM per_type p
    LEFT JOIN quotadesk.cache_hit_savings s ON s.cache_type = p.cache_type
    LEFT JOIN expired e ON e.cache_type = p.cache_type
    GROUP BY GROUPING SETS ((p.cache_type), ())
$$;

-- The key filter of the Cache page (ILIKE '%…%') uses a trigram index when pg_trgm can be
-- had (a trusted extension: the database owner may create it); otherwise it scans, off the
-- GUI thread, and the page says so.
-- A database that has pg_trgm keeps it where it is; else it goes to its own schema, so
-- neither public nor quotadesk gains its functions. The index names the operator class by
-- that schema, known only here: so this block queues its CONCURRENTLY build as a step the
-- Migrator runs after this transaction, as it does with the statements written out.
DO $$
DECLARE
    v_schema name;
BEGIN
    SELECT n.nspname INTO v_schema FROM pg_catalog.pg_extension e JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
    WHERE e.extname = 'pg_trgm';
    IF v_schema IS NULL THEN
        CREATE SCHEMA IF NOT EXISTS quotadesk_trgm;
        CREATE EXTENSION pg_trgm SCHEMA quotadesk_trgm;
        v_schema := 'quotadesk_trgm';
    END IF;
    INSERT INTO quotadesk.schema_migration_steps (statement)
    VALUES (format('CREATE INDEX CONCURRENTLY IF NOT EXISTS qd_ai_cache_key_trgm ON public.ai_cache USING gin (cache_key %I.gin_trgm_ops)',
                   v_schema));
EXCEPTION WHEN undefined_file OR insufficient_privilege OR feature_not_supported THEN
    RAISE NOTICE 'pg_trgm is not available (%): the cache key filter scans the table.', SQLERRM;
END
$$;

-- Owned and run like the other writers (0009): the cache writers and the admin functions
-- change ai_cache as quotadesk_owner, and so do the service's own statements through the
-- triggers, which therefore run with the owner's rights.
DO $$
DECLARE
    v_fn regprocedure;
BEGIN
    FOR v_fn IN SELECT p.oid::regprocedure FROM pg_catalog.pg_proc p
                WHERE p.pronamespace = 'quotadesk'::regnamespace
                  AND p.proname IN ('cache_totals_change', 'add_cache_totals')
    LOOP
        EXECUTE format('ALTER FUNCTION %s SECURITY DEFINER SET search_path = pg_catalog, public, quotadesk, pg_temp', v_fn);
        EXECUTE format('ALTER FUNCTION %s OWNER TO quotadesk_owner', v_fn);
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', v_fn);
    END LOOP;
END
$$;
REVOKE ALL ON FUNCTION quotadesk.cache_stats(timestamp), quotadesk.cache_stats_raw(timestamp),
                       quotadesk.cache_ttl_seconds(timestamp, timestamp) FROM PUBLIC;
REVOKE ALL ON quotadesk.cache_totals FROM PUBLIC;
GRANT SELECT, INSERT, UPDATE, DELETE ON quotadesk.cache_totals TO quotadesk_owner;
GRANT SELECT ON quotadesk.cache_totals TO quotadesk_viewer;
GRANT EXECUTE ON FUNCTION quotadesk.cache_stats(timestamp), quotadesk.cache_stats_raw(timestamp),
                          quotadesk.cache_ttl_seconds(timestamp, timestamp) TO quotadesk_viewer, quotadesk_owner;
