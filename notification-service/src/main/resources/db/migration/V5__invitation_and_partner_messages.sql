-- Confirmations to organizations about a step another party took that concerns them (issue 19).
-- An organization invited into another pilot: one message to each of its buyers and sales people, keyed by the event and
-- the account, so a redelivered event adds nothing. No address is kept here: it is read from recipient when the message is
-- sent, so a person whose account was closed in between is not written to.
create table invitation_message (
    id                bigserial primary key,
    event_id          text        not null,
    account_id        uuid        not null,
    organization_id   uuid        not null,
    pilot_name        text        not null,
    organization_name text        not null,
    status            text        not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED', 'SUPPRESSED')),
    attempts          int         not null default 0,
    error             text,
    next_attempt_at   timestamptz not null,
    created_at        timestamptz not null,
    sent_at           timestamptz,
    unique (event_id, account_id)
);
create index invitation_message_due on invitation_message (next_attempt_at, id) where status = 'PENDING';

-- An enterprise named as partner in a joint response: one message to each of its sales people, once per opportunity and
-- lead enterprise (a response submitted again with the same partners tells no one twice). Nothing of the sealed response
-- is kept: the title, buyer and deadline are read from this service's copy of the opportunity when the message is sent.
create table partner_message (
    id              bigserial primary key,
    event_id        text        not null,
    opportunity_id  uuid        not null,
    lead_id         uuid        not null,
    account_id      uuid        not null,
    status          text        not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED', 'SUPPRESSED')),
    attempts        int         not null default 0,
    error           text,
    next_attempt_at timestamptz not null,
    created_at      timestamptz not null,
    sent_at         timestamptz,
    unique (opportunity_id, lead_id, account_id)
);
create index partner_message_due on partner_message (next_attempt_at, id) where status = 'PENDING';
