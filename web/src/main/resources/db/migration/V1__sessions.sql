-- Sign-in sessions of the site (a BFF): the browser holds only the session's random id; the tokens stay here.
-- The id is stored hashed, so a copy of this table opens no session; the tokens are encrypted (AES-GCM).
CREATE TABLE web_session (
    id_hash           TEXT PRIMARY KEY,
    email             TEXT        NOT NULL,
    role              TEXT        NOT NULL,
    csrf_token        TEXT        NOT NULL,
    access_token      BYTEA       NOT NULL,
    access_expires_at TIMESTAMPTZ NOT NULL,
    refresh_token     BYTEA       NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_seen_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX web_session_last_seen ON web_session (last_seen_at);
