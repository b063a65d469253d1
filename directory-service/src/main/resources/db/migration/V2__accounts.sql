-- Accounts for signing in. People may or may not have one.
create table account (
    id               uuid primary key,
    email            text        not null unique check (email = lower(email) and length(email) <= 254),
    password_hash    text        not null,
    role             text        not null check (role in ('COORDINATOR', 'BUYER', 'SUPPLIER')),
    organization_id  uuid references organization (id),
    decision_unit_id uuid,
    pilots           text[]      not null default '{}',
    language         text        not null default 'fr' check (language in ('fr', 'en')),
    failed_logins    int         not null default 0,
    locked_until     timestamptz,
    created_at       timestamptz not null
);

-- Refresh tokens are stored hashed; a family is one sign-in and all its rotations.
create table refresh_token (
    token_hash text primary key,
    family_id  uuid        not null,
    account_id uuid        not null references account (id),
    expires_at timestamptz not null,
    used_at    timestamptz,
    revoked_at timestamptz
);
create index refresh_token_family on refresh_token (family_id);

-- The key that signs access tokens, shared by every instance of the service.
create table signing_key (
    kid        text primary key,
    jwk        text        not null,
    created_at timestamptz not null
);

-- One-time password-reset tokens, stored hashed.
create table password_reset (
    token_hash text primary key,
    account_id uuid        not null references account (id),
    expires_at timestamptz not null,
    used_at    timestamptz
);
