-- API tokens: how services and scripts authenticate to quotadesk-server. The token is
-- random text the client generates and shows once; the database keeps only its SHA-256
-- (a 32-byte digest of 32 random bytes needs no salt or slow hash: it cannot be guessed).
-- Admins create and revoke them (audited, with an action id, as every admin action);
-- viewers may read the list without the digests; the server's login (quotadesk_service)
-- asks who a digest belongs to.

CREATE TABLE quotadesk.api_tokens (
    id            integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name          text NOT NULL,
    role          text NOT NULL CHECK (role IN ('service', 'viewer', 'admin')),
    -- The staff account the token acts as. No foreign key onto upstream users: it would add
    -- triggers to a table Quotadesk must not change; the functions check the account.
    staff_user_id integer,
    token_sha256  bytea NOT NULL UNIQUE CHECK (length(token_sha256) = 32),
    created_at    timestamp NOT NULL DEFAULT (now() AT TIME ZONE 'UTC'),
    created_by    integer NOT NULL,
    revoked_at    timestamp,
    revoked_by    integer,
    last_used_at  timestamp,           -- kept to the minute: not a write per request
    CHECK ((revoked_at IS NULL) = (revoked_by IS NULL))
);
-- A name names one active token; a revoked token's name may be used again.
CREATE UNIQUE INDEX api_tokens_active_name ON quotadesk.api_tokens (name) WHERE revoked_at IS NULL;

-- Creates a token from its digest, as staff member p_staff (acting_staff rules); returns
-- its id. Refusals: QD050 no name, QD051 unknown role, QD052 unknown staff account, QD053
-- an admin token without a staff account, QD054 the name is taken, QD056 not a digest.
CREATE FUNCTION quotadesk.admin_api_token_create(p_staff integer, p_name text, p_role text, p_token_staff integer,
                                                 p_token_sha256 bytea, p_action uuid DEFAULT NULL)
RETURNS integer LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, public, quotadesk, pg_temp AS $$
DECLARE
    v_staff integer := quotadesk.acting_staff(p_staff);
    v_action uuid := coalesce(p_action, gen_random_uuid());
    v_name text := btrim(p_name);
    v_done jsonb;
    v_id integer;
BEGIN
    IF v_name IS NULL OR v_name = '' OR length(v_name) > 100 THEN
        RAISE EXCEPTION 'A token needs a name of 1 to 100 characters.' USING ERRCODE = 'QD050';
    END IF;
    IF p_role IS NULL OR p_role NOT IN ('service', 'viewer', 'admin') THEN
        RAISE EXCEPTION 'A token''s role must be service, viewer or admin, not "%".', coalesce(p_role, '')
            USING ERRCODE = 'QD051', DETAIL = coalesce(p_role, '');
    END IF;
    IF p_token_staff IS NOT NULL AND NOT EXISTS (
            SELECT 1 FROM public.users u
            WHERE u.id = p_token_staff AND u.is_active AND quotadesk.is_staff(u.is_admin, u.role::text)) THEN
        RAISE EXCEPTION 'No active staff account with id % for the token to act as.', p_token_staff
            USING ERRCODE = 'QD052', DETAIL = p_token_staff::text;
    END IF;
    IF p_token_staff IS NULL AND p_role = 'admin' THEN
        -- Admin calls name the staff member who acts: the audit trail says who did it.
        RAISE EXCEPTION 'An admin token needs the staff account it acts as.' USING ERRCODE = 'QD053';
    END IF;
    IF p_token_sha256 IS NULL OR length(p_token_sha256) <> 32 THEN
        RAISE EXCEPTION 'The token''s SHA-256 digest must be 32 bytes.' USING ERRCODE = 'QD056';
    END IF;

    -- The request names the token by a digest of its digest: admin_actions is readable
    -- by viewers. A retry with another token under the same id is refused (QD022).
    v_done := quotadesk.claim_action(v_action, 1, 'token.create', jsonb_build_object(
        'name', v_name, 'role', p_role, 'staff_id', p_token_staff,
        'token', encode(pg_catalog.sha256(p_token_sha256), 'hex')), v_staff);
    IF v_done IS NOT NULL THEN
        RETURN (v_done->>'token_id')::integer;
    END IF;

    BEGIN
        INSERT INTO quotadesk.api_tokens (name, role, staff_user_id, token_sha256, created_by)
        VALUES (v_name, p_role, p_token_staff, p_token_sha256, v_staff)
        RETURNING id INTO v_id;
    EXCEPTION WHEN unique_violation THEN
        RAISE EXCEPTION 'There is already an active token named "%": revoke it first or choose another name.', v_name
            USING ERRCODE = 'QD054', DETAIL = v_name;
    END;
    PERFORM quotadesk.log_action(v_staff, 'token.create', 'api_token', v_id, jsonb_build_object(
        'name', v_name, 'role', p_role, 'staff_id', p_token_staff,
        'staff_email', (SELECT u.email::text FROM public.users u WHERE u.id = p_token_staff)), v_action);
    PERFORM quotadesk.finish_action(v_action, 1, jsonb_build_object('token_id', v_id));
    RETURN v_id;
END
$$;

-- Revokes the active token named p_name; returns its id. QD055: no such active token.
CREATE FUNCTION quotadesk.admin_api_token_revoke(p_staff integer, p_name text, p_action uuid DEFAULT NULL)
RETURNS integer LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, public, quotadesk, pg_temp AS $$
DECLARE
    v_staff integer := quotadesk.acting_staff(p_staff);
    v_action uuid := coalesce(p_action, gen_random_uuid());
    v_name text := btrim(p_name);
    v_done jsonb;
    v_token quotadesk.api_tokens%ROWTYPE;
BEGIN
    v_done := quotadesk.claim_action(v_action, 1, 'token.revoke', jsonb_build_object('name', v_name), v_staff);
    IF v_done IS NOT NULL THEN
        RETURN (v_done->>'token_id')::integer;
    END IF;
    UPDATE quotadesk.api_tokens t SET revoked_at = quotadesk.utc_now(), revoked_by = v_staff
    WHERE t.name = v_name AND t.revoked_at IS NULL
    RETURNING * INTO v_token;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'There is no active token named "%".', coalesce(v_name, '')
            USING ERRCODE = 'QD055', DETAIL = coalesce(v_name, '');
    END IF;
    PERFORM quotadesk.log_action(v_staff, 'token.revoke', 'api_token', v_token.id, jsonb_build_object(
        'name', v_token.name, 'role', v_token.role, 'staff_id', v_token.staff_user_id), v_action);
    PERFORM quotadesk.finish_action(v_action, 1, jsonb_build_object('token_id', v_token.id));
    RETURN v_token.id;
END
$$;

-- Who holds the token with this digest: its name, role and staff account; no row when
-- there is no such active token. Notes the use, at most once a minute per token.
CREATE FUNCTION quotadesk.api_token_caller(p_token_sha256 bytea)
RETURNS TABLE (name text, role text, staff_id integer) LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, public, quotadesk, pg_temp AS $$
BEGIN
    UPDATE quotadesk.api_tokens t SET last_used_at = quotadesk.utc_now()
    WHERE t.token_sha256 = p_token_sha256 AND t.revoked_at IS NULL
      AND (t.last_used_at IS NULL OR t.last_used_at < quotadesk.utc_now() - interval '1 minute');
    RETURN QUERY SELECT t.name, t.role, t.staff_user_id FROM quotadesk.api_tokens t
                 WHERE t.token_sha256 = p_token_sha256 AND t.revoked_at IS NULL;
END
$$;

-- Rights, as in 0010 and 0014: the functions run as the owner (SECURITY DEFINER with a
-- pinned search_path, in their definitions) and only the roles granted below may call them.
ALTER FUNCTION quotadesk.admin_api_token_create(integer, text, text, integer, bytea, uuid) OWNER TO quotadesk_owner;
ALTER FUNCTION quotadesk.admin_api_token_revoke(integer, text, uuid) OWNER TO quotadesk_owner;
ALTER FUNCTION quotadesk.api_token_caller(bytea) OWNER TO quotadesk_owner;
REVOKE ALL ON FUNCTION quotadesk.admin_api_token_create(integer, text, text, integer, bytea, uuid),
                       quotadesk.admin_api_token_revoke(integer, text, uuid),
                       quotadesk.api_token_caller(bytea) FROM PUBLIC;
REVOKE ALL ON quotadesk.api_tokens FROM PUBLIC;
GRANT SELECT, INSERT, UPDATE ON quotadesk.api_tokens TO quotadesk_owner;
-- The list: every column but the digest.
GRANT SELECT (id, name, role, staff_user_id, created_at, created_by, revoked_at, revoked_by, last_used_at)
    ON quotadesk.api_tokens TO quotadesk_viewer;
GRANT EXECUTE ON FUNCTION
    quotadesk.admin_api_token_create(integer, text, text, integer, bytea, uuid),
    quotadesk.admin_api_token_revoke(integer, text, uuid)
    TO quotadesk_admin;
GRANT EXECUTE ON FUNCTION quotadesk.api_token_caller(bytea) TO quotadesk_service;
