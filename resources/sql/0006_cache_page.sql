-- The Cache page lists ai_cache newest first, a page at a time after the last id seen,
-- optionally of one type. With (cache_type, id) every page of a type is one index range,
-- also for a rare type: on a million rows, "type system" went from a 400 ms scan per page
-- to under a millisecond. (The owner and expiry filters use the upstream indexes; a key
-- substring has no index to use and scans, off the GUI thread.) Built CONCURRENTLY, after
-- this migration's transaction: writers of ai_cache go on meanwhile.
CREATE INDEX CONCURRENTLY IF NOT EXISTS qd_ai_cache_type_id ON public.ai_cache (cache_type, id);
