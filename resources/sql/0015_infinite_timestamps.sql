-- Upstream timestamps may hold 'infinity' or '-infinity' (an entry that never expires,
-- a row written by hand). to_char() gives NULL for them, which read as "no time at all":
-- an expiry of -infinity looked like "never expires". iso() now names them, and clients
-- read "infinity" / "-infinity" as the two ends of time (SqlTime).
CREATE OR REPLACE FUNCTION quotadesk.iso(ts timestamp) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN isfinite(ts) THEN to_char(ts, 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
                WHEN ts > '2000-01-01'::timestamp THEN 'infinity'
                WHEN ts < '2000-01-01'::timestamp THEN '-infinity' END
$$;
