-- Messages about a person's own account (an invitation or "forgot my password" link, a password change, a lockout):
-- not alerts, so no preferences and no unsubscribing; one per directory event. The link's token is kept only sealed
-- (directory-service's key) and only until the message is sent or the link expires.
create table account_message (
    id              bigserial primary key,
    event_id        text        not null unique,
    account_id      uuid        not null,
    kind            text        not null check (kind in ('INVITATION', 'PASSWORD_RESET', 'PASSWORD_CHANGED', 'LOCKED')),
    sealed_token    text,
    expires_at      timestamptz,
    locked_until    timestamptz,
    status          text        not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED', 'EXPIRED', 'SUPPRESSED')),
    email           text,
    language        text,
    attempts        int         not null default 0,
    next_attempt_at timestamptz not null default now(),
    created_at      timestamptz not null default now(),
    sent_at         timestamptz,
    error           text
);
create index account_message_due on account_message (next_attempt_at, id) where status = 'PENDING';
