-- The AI application's own tables, created only where missing (an empty database).
-- On a production database they already exist: nothing here alters or fills them.
-- Mirrors shared/fixtures/upstream_schema.sql. Its indexes are built CONCURRENTLY, after
-- this transaction: on a production database where one is missing, writers go on.

DO $$
BEGIN
    IF to_regtype('public.plan_type_enum') IS NULL THEN
        CREATE TYPE public.plan_type_enum AS ENUM ('freemium', 'paygo', 'pro', 'annual');
    END IF;
    IF to_regtype('public.subscription_status_enum') IS NULL THEN
        CREATE TYPE public.subscription_status_enum AS ENUM ('active', 'paused', 'cancelled', 'expired', 'past_due');
    END IF;
    IF to_regtype('public.user_role') IS NULL THEN
        CREATE TYPE public.user_role AS ENUM ('super_admin', 'support_agent', 'finance_admin', 'content_manager',
                                              'compliance_officer', 'candidate', 'recruiter', 'university_verifier');
    END IF;
END
$$;

CREATE TABLE IF NOT EXISTS public.users (
    id              SERIAL PRIMARY KEY,
    email           VARCHAR(255) NOT NULL UNIQUE,
    full_name       VARCHAR(255) NOT NULL,
    hashed_password VARCHAR(255) NOT NULL,
    role            user_role NOT NULL DEFAULT 'candidate',
    is_admin        BOOLEAN NOT NULL DEFAULT FALSE,
    is_active       BOOLEAN NOT NULL DEFAULT TRUE,
    referral_code   VARCHAR(8) NOT NULL UNIQUE,
    created_at      TIMESTAMP NOT NULL DEFAULT NOW(),
    updated_at      TIMESTAMP NOT NULL DEFAULT NOW()
);

CREATE TABLE IF NOT EXISTS public.plans (
    id               SERIAL PRIMARY KEY,
    plan_type        plan_type_enum NOT NULL UNIQUE,
    name             VARCHAR(255) NOT NULL,
    price            INTEGER NOT NULL,
    period           VARCHAR(50) NOT NULL,
    description      TEXT,
    features         JSONB DEFAULT '[]'::jsonb,
    max_applications INTEGER,
    is_active        BOOLEAN DEFAULT TRUE,
    created_at       TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    updated_at       TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE IF NOT EXISTS public.subscriptions (
    id                   SERIAL PRIMARY KEY,
    user_id              INTEGER NOT NULL UNIQUE REFERENCES users(id) ON DELETE CASCADE,
    plan_id              INTEGER NOT NULL REFERENCES plans(id),
    status               subscription_status_enum DEFAULT 'active',
    started_at           TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    current_period_start TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    current_period_end   TIMESTAMP,
    cancelled_at         TIMESTAMP,
    auto_renew           BOOLEAN DEFAULT TRUE,
    cancellation_requested BOOLEAN DEFAULT FALSE,
    total_paid           INTEGER DEFAULT 0,
    payment_method       VARCHAR(100),
    created_at           TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at           TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE IF NOT EXISTS public.ai_provider_configs (
    id             SERIAL PRIMARY KEY,
    provider_type  VARCHAR(20) NOT NULL,
    model_name     VARCHAR(255) NOT NULL,
    display_name   VARCHAR(255),
    is_active      BOOLEAN NOT NULL DEFAULT TRUE,
    created_at     TIMESTAMP NOT NULL DEFAULT NOW()
);

CREATE TABLE IF NOT EXISTS public.ai_provider_usage_logs (
    id                 SERIAL PRIMARY KEY,
    user_id            INTEGER NOT NULL REFERENCES users(id),
    provider_config_id INTEGER NOT NULL REFERENCES ai_provider_configs(id),
    task_type          VARCHAR(50) NOT NULL,
    input_tokens       INTEGER,
    output_tokens      INTEGER,
    total_tokens       INTEGER,
    estimated_cost_usd INTEGER DEFAULT 0,
    status             VARCHAR(20) NOT NULL DEFAULT 'success',
    error_message      TEXT,
    latency_ms         INTEGER,
    created_at         TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_ai_provider_usage_logs_user_id ON public.ai_provider_usage_logs(user_id);
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_ai_provider_usage_logs_created_at ON public.ai_provider_usage_logs(created_at);

CREATE TABLE IF NOT EXISTS public.ai_cache (
    id               SERIAL PRIMARY KEY,
    cache_key        VARCHAR(255) NOT NULL,
    cache_type       VARCHAR(50) NOT NULL,
    cache_data       TEXT NOT NULL,
    user_id          INTEGER REFERENCES users(id) ON DELETE CASCADE,
    expires_at       TIMESTAMP,
    cache_metadata   JSONB,
    access_count     INTEGER DEFAULT 0,
    created_at       TIMESTAMP NOT NULL DEFAULT NOW(),
    last_accessed_at TIMESTAMP NOT NULL DEFAULT NOW(),
    UNIQUE (cache_key, cache_type, user_id)
);
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_ai_cache_key_type ON public.ai_cache(cache_key, cache_type);
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_ai_cache_user_expires ON public.ai_cache(user_id, expires_at);
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_ai_cache_expires ON public.ai_cache(expires_at) WHERE expires_at IS NOT NULL;

CREATE TABLE IF NOT EXISTS public.admin_action_logs (
    id            SERIAL PRIMARY KEY,
    admin_user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    action        VARCHAR(150) NOT NULL,
    target_type   VARCHAR(100),
    target_id     INTEGER,
    details       JSONB DEFAULT '{}'::jsonb,
    ip_address    VARCHAR(64),
    user_agent    VARCHAR(255),
    created_at    TIMESTAMP NOT NULL DEFAULT NOW()
);
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_admin_action_logs_created_at ON public.admin_action_logs(created_at);
