-- Foundation: schools, accounts, sessions, the login log, idempotent operations and the audit log.
-- Every school-owned row carries school_id so one database can hold a region's schools.

CREATE TABLE schools (
    id            bigserial PRIMARY KEY,
    name          text NOT NULL,
    short_name    text NOT NULL DEFAULT '',
    address       text NOT NULL DEFAULT '',
    director_name text NOT NULL DEFAULT '',
    created_at    timestamptz NOT NULL DEFAULT now()
);

-- School settings as typed key/value pairs (rounding policy, entry windows, mark symbols ...).
CREATE TABLE school_settings (
    school_id  bigint NOT NULL REFERENCES schools(id) ON DELETE CASCADE,
    key        text NOT NULL,
    value      jsonb NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by bigint,
    PRIMARY KEY (school_id, key)
);

CREATE TABLE users (
    id                    bigserial PRIMARY KEY,
    school_id             bigint NOT NULL REFERENCES schools(id),
    login                 text NOT NULL CHECK (login ~ '^[a-z0-9._-]{2,64}$'),
    surname               text NOT NULL,
    first_name            text NOT NULL,
    patronymic            text NOT NULL DEFAULT '',
    email                 text NOT NULL DEFAULT '',
    phone                 text NOT NULL DEFAULT '',
    position              text NOT NULL DEFAULT '',
    -- libsodium crypto_pwhash_str output: "$argon2id$v=19$m=...,t=...,p=...$salt$hash"
    password_hash         text,
    activation_code_hash  bytea,
    activation_expires_at timestamptz,
    locked                boolean NOT NULL DEFAULT false,
    locked_reason         text NOT NULL DEFAULT '',
    failed_attempts       integer NOT NULL DEFAULT 0,
    lockout_until         timestamptz,
    last_login_at         timestamptz,
    created_at            timestamptz NOT NULL DEFAULT now(),
    archived              boolean NOT NULL DEFAULT false
);
CREATE UNIQUE INDEX users_login_key ON users (login);
CREATE INDEX users_school ON users (school_id, surname, first_name);

CREATE TABLE user_roles (
    user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role    text NOT NULL CHECK (role IN ('admin', 'director', 'deputy', 'teacher', 'secretary', 'student', 'parent')),
    PRIMARY KEY (user_id, role)
);

CREATE TABLE sessions (
    id           bigserial PRIMARY KEY,
    user_id      bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    token_hash   bytea NOT NULL UNIQUE,
    created_at   timestamptz NOT NULL DEFAULT now(),
    last_seen_at timestamptz NOT NULL DEFAULT now(),
    expires_at   timestamptz NOT NULL,
    ended_at     timestamptz,
    ended_reason text NOT NULL DEFAULT '',
    workstation  text NOT NULL DEFAULT '',
    address      text NOT NULL DEFAULT ''
);
CREATE INDEX sessions_user ON sessions (user_id) WHERE ended_at IS NULL;

-- Every login attempt, successful or not (usage monitoring, SPEC §5).
CREATE TABLE login_log (
    id          bigserial PRIMARY KEY,
    school_id   bigint REFERENCES schools(id),
    user_id     bigint REFERENCES users(id) ON DELETE SET NULL,
    login       text NOT NULL,
    at          timestamptz NOT NULL DEFAULT now(),
    method      text NOT NULL CHECK (method IN ('password', 'activation', 'token')),
    outcome     text NOT NULL,
    address     text NOT NULL DEFAULT '',
    workstation text NOT NULL DEFAULT ''
);
CREATE INDEX login_log_school_at ON login_log (school_id, at DESC);
CREATE INDEX login_log_user_at ON login_log (user_id, at DESC);

-- Writes already applied, by their client-generated operation id: a resend gets the stored result.
CREATE TABLE applied_operations (
    op_id        uuid PRIMARY KEY,
    user_id      bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    message_type text NOT NULL,
    result       bytea NOT NULL,
    applied_at   timestamptz NOT NULL DEFAULT now()
);

-- Append-only record of every change: who, when, from where, old and new value.
CREATE TABLE audit_log (
    id          bigserial PRIMARY KEY,
    school_id   bigint NOT NULL REFERENCES schools(id),
    at          timestamptz NOT NULL DEFAULT now(),
    user_id     bigint REFERENCES users(id),
    session_id  bigint,
    workstation text NOT NULL DEFAULT '',
    address     text NOT NULL DEFAULT '',
    entity      text NOT NULL,
    entity_id   bigint,
    action      text NOT NULL,
    old_value   jsonb,
    new_value   jsonb,
    op_id       uuid
);
CREATE INDEX audit_log_entity ON audit_log (school_id, entity, entity_id);
CREATE INDEX audit_log_user_at ON audit_log (user_id, at DESC);

CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();
