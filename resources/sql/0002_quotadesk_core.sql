-- Quotadesk's own tables and the shared helpers every later migration uses.
-- Nothing here touches an upstream column or row.

CREATE SCHEMA IF NOT EXISTS quotadesk;

-- Plan limits: editable; NULL = unlimited. A plan without a row gets freemium's limits.
CREATE TABLE quotadesk.plan_limits (
    plan            text PRIMARY KEY,
    daily_tokens    bigint CHECK (daily_tokens >= 0),
    monthly_tokens  bigint CHECK (monthly_tokens >= 0),
    hourly_calls    integer CHECK (hourly_calls >= 0),
    cache_tier      text NOT NULL,
    updated_at      timestamp NOT NULL DEFAULT (now() AT TIME ZONE 'UTC')
);
INSERT INTO quotadesk.plan_limits (plan, daily_tokens, monthly_tokens, hourly_calls, cache_tier) VALUES
    ('freemium',      10000,    100000,   100, 'free'),
    ('paygo',         50000,    500000,   500, 'free'),
    ('pro',         1000000,  30000000,  5000, 'pro_monthly'),
    ('annual',      2000000,  60000000, 10000, 'pro_annual'),
    ('enterprise',     NULL,      NULL,  NULL, 'enterprise');

-- Every other plan falls back to freemium, so freemium must always be there.
CREATE FUNCTION quotadesk.keep_freemium_limits() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.plan = 'freemium' AND (TG_OP = 'DELETE' OR NEW.plan <> 'freemium') THEN
        RAISE EXCEPTION 'the freemium limits are the fallback for unknown plans and cannot be removed'
            USING ERRCODE = 'QD002';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;
CREATE TRIGGER keep_freemium_limits BEFORE DELETE OR UPDATE OF plan ON quotadesk.plan_limits
    FOR EACH ROW EXECUTE FUNCTION quotadesk.keep_freemium_limits();

-- Default token estimates of check(user, task).
CREATE TABLE quotadesk.task_estimates (
    task_type   text PRIMARY KEY,
    tokens      integer NOT NULL CHECK (tokens > 0)
);
INSERT INTO quotadesk.task_estimates VALUES
    ('extraction', 1024), ('cv_draft', 2048), ('cover_letter', 1536), ('validation', 512), ('other', 1024);

-- Cache TTL (minutes) by plan tier and cache type. A tier without rows is not cached.
CREATE TABLE quotadesk.cache_ttls (
    cache_tier  text NOT NULL,
    cache_type  text NOT NULL,
    ttl_minutes integer NOT NULL CHECK (ttl_minutes > 0),
    PRIMARY KEY (cache_tier, cache_type)
);
INSERT INTO quotadesk.cache_ttls VALUES
    ('pro_monthly', 'session', 30),  ('pro_monthly', 'content', 60),  ('pro_monthly', 'extraction', 45),
    ('pro_annual',  'session', 60),  ('pro_annual',  'content', 120), ('pro_annual',  'extraction', 90),
    ('enterprise',  'session', 120), ('enterprise',  'content', 240), ('enterprise',  'extraction', 180);

-- What one cache hit saves, in USD.
CREATE TABLE quotadesk.cache_hit_savings (
    cache_type  text PRIMARY KEY,
    saved_usd   numeric(12, 6) NOT NULL CHECK (saved_usd >= 0)
);
INSERT INTO quotadesk.cache_hit_savings VALUES
    ('system', 0.0002), ('session', 0.0015), ('content', 0.0050), ('extraction', 0.0008);

-- A reset never touches usage rows: usage of that period counts only rows after it.
CREATE TABLE quotadesk.quota_resets (
    id          bigserial PRIMARY KEY,
    user_id     integer NOT NULL REFERENCES public.users(id) ON DELETE CASCADE,
    period      text NOT NULL CHECK (period IN ('daily', 'monthly', 'hourly')),
    reset_at    timestamp NOT NULL,
    reset_by    integer REFERENCES public.users(id) ON DELETE SET NULL,
    reason      text NOT NULL CHECK (btrim(reason) <> ''),
    audit_log_id integer
);
CREATE INDEX quota_resets_user_period ON quotadesk.quota_resets (user_id, period, reset_at DESC);

-- Cache lookups per hour and type: the only honest source of a hit rate.
CREATE TABLE quotadesk.cache_lookups (
    bucket      timestamp NOT NULL,
    cache_type  text NOT NULL,
    hits        bigint NOT NULL DEFAULT 0,
    misses      bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (bucket, cache_type)
);

-- Indexes the quota and audit queries need (upstream tables gain indexes, never columns).
-- CONCURRENTLY: built after this migration's transaction, while the application writes.
CREATE INDEX CONCURRENTLY IF NOT EXISTS qd_usage_logs_user_created
    ON public.ai_provider_usage_logs (user_id, created_at)
    INCLUDE (status, total_tokens, input_tokens, output_tokens);
CREATE INDEX CONCURRENTLY IF NOT EXISTS qd_admin_action_logs_action_created
    ON public.admin_action_logs (action, created_at);
CREATE INDEX CONCURRENTLY IF NOT EXISTS qd_subscriptions_user ON public.subscriptions (user_id);

-- ISO 8601 in UTC with Z: how every timestamp leaves the database.
CREATE FUNCTION quotadesk.iso(ts timestamp) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT to_char(ts, 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
$$;

CREATE FUNCTION quotadesk.utc_now() RETURNS timestamp LANGUAGE sql STABLE AS $$
    SELECT now() AT TIME ZONE 'UTC'
$$;

-- Tokens of one usage row: total, else input + output, NULL as 0, negative as 0.
CREATE FUNCTION quotadesk.raw_tokens(total integer, input integer, output integer) RETURNS bigint
LANGUAGE sql IMMUTABLE AS $$
    SELECT coalesce(total::bigint, coalesce(input, 0)::bigint + coalesce(output, 0)::bigint)
$$;
CREATE FUNCTION quotadesk.row_tokens(total integer, input integer, output integer) RETURNS bigint
LANGUAGE sql IMMUTABLE AS $$
    SELECT greatest(quotadesk.raw_tokens(total, input, output), 0)
$$;

-- floor(used * 100 / limit), may exceed 100; unlimited (NULL) is 0; a zero limit is full.
CREATE FUNCTION quotadesk.percentage(used bigint, lim bigint) RETURNS integer LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN lim IS NULL THEN 0
                WHEN lim = 0 THEN 100
                ELSE least(used * 100 / lim, 2147483647)::integer END
$$;

CREATE FUNCTION quotadesk.warning_level(pct integer) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN pct >= 95 THEN 'exceeded' WHEN pct >= 80 THEN 'critical'
                WHEN pct >= 50 THEN 'warning' ELSE 'ok' END
$$;

CREATE FUNCTION quotadesk.remaining(used bigint, lim bigint) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN lim IS NULL THEN NULL ELSE greatest(lim - used, 0) END
$$;

-- Who may take admin actions: is_admin, or a staff role of the upstream enum.
CREATE FUNCTION quotadesk.is_staff(p_is_admin boolean, p_role text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
    SELECT coalesce(p_is_admin, false) OR coalesce(p_role IN ('super_admin', 'support_agent', 'finance_admin'), false)
$$;

-- The staff account an admin action is taken as; refuses unknown or non-staff accounts.
CREATE FUNCTION quotadesk.require_staff(p_staff integer) RETURNS integer LANGUAGE plpgsql STABLE AS $$
DECLARE
    u record;
BEGIN
    SELECT id, email, is_admin, is_active, role::text AS role INTO u FROM public.users WHERE id = p_staff;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no user with id % to act as', p_staff USING ERRCODE = 'QD001';
    END IF;
    IF NOT quotadesk.is_staff(u.is_admin, u.role) THEN
        RAISE EXCEPTION '% is not a staff account (needs is_admin or a super_admin, support_agent or finance_admin role)', u.email
            USING ERRCODE = 'QD001';
    END IF;
    IF NOT u.is_active THEN
        RAISE EXCEPTION 'staff account % is deactivated', u.email USING ERRCODE = 'QD001';
    END IF;
    RETURN u.id;
END
$$;

-- Writes the audit row of an admin action, in the caller's transaction.
CREATE FUNCTION quotadesk.log_action(p_staff integer, p_action text, p_target_type text,
                                     p_target_id integer, p_details jsonb) RETURNS integer
LANGUAGE sql AS $$
    INSERT INTO public.admin_action_logs (admin_user_id, action, target_type, target_id, details, user_agent, created_at)
    VALUES (p_staff, p_action, p_target_type, p_target_id, coalesce(p_details, '{}'::jsonb),
            left(coalesce(nullif(current_setting('application_name', true), ''), 'quotadesk'), 255),
            quotadesk.utc_now())
    RETURNING id
$$;
