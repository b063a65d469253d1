-- notification-service's own copy of what it needs from the directory and contracts topics,
-- each person's preferences, and the delivery log (one row per message: the intent, then its outcome).

create table organization (
    id         uuid primary key,
    kind       text        not null,
    name       text        not null,
    status     text        not null,
    categories text[]      not null default '{}',
    regions    text[]      not null default '{}',
    pilots     uuid[]      not null default '{}',
    changed_at timestamptz not null
);

-- A person who can be written to: an account from directory.accounts. A closed account is deleted.
create table recipient (
    account_id      uuid primary key,
    organization_id uuid,
    role            text        not null,
    email           text        not null,
    language        text        not null,
    changed_at      timestamptz not null
);
create index recipient_organization on recipient (organization_id);

-- Absent row = defaults: follow the organization's own categories and regions, immediately, French,
-- every kind on except alerts, which need the person's express consent (CASL).
create table preference (
    account_id     uuid primary key,
    categories     text[],
    regions        text[],
    delivery       text        not null default 'IMMEDIATE' check (delivery in ('IMMEDIATE', 'DIGEST')),
    digest_hour    int         not null default 7 check (digest_hour between 0 and 23),
    language       text check (language in ('fr', 'en')),
    alerts_consent boolean     not null default false,
    consented_at   timestamptz,
    kinds_off      text[]      not null default '{}',
    changed_at     timestamptz not null default now()
);

create table opportunity (
    id            uuid primary key,
    title_fr      text,
    title_en      text,
    categories    text[]      not null default '{}',
    regions       text[]      not null default '{}',
    deadline      timestamptz not null,
    status        text        not null,
    cancel_reason text,
    changed_at    timestamptz not null
);

-- Which enterprises engaged with an opportunity: who hears about amendments and outcomes.
create table engagement (
    opportunity_id uuid    not null,
    enterprise_id  uuid    not null,
    interested     boolean not null default false,
    responded      boolean not null default false,
    primary key (opportunity_id, enterprise_id)
);

-- An address the SMTP server refused for good: it receives no more alerts.
create table bounced_address (
    email      text primary key,
    reason     text        not null,
    bounced_at timestamptz not null default now()
);

-- One message to one person, derived from one event: the key (event, recipient, kind) makes a redelivered event
-- or a replay add nothing. Written in the transaction that records the event in the inbox; the sender sends it later.
create table email_intent (
    id              bigserial primary key,
    event_id        text        not null,
    account_id      uuid        not null,
    kind            text        not null,
    opportunity_id  uuid,
    delivery        text        not null check (delivery in ('IMMEDIATE', 'DIGEST')),
    status          text        not null default 'PENDING'
                    check (status in ('PENDING', 'SENT', 'FAILED', 'SUPPRESSED', 'DIGESTED')),
    digest_id       bigint references email_intent (id),
    email           text,
    language        text,
    attempts        int         not null default 0,
    next_attempt_at timestamptz not null default now(),
    created_at      timestamptz not null default now(),
    sent_at         timestamptz,
    error           text,
    unique (event_id, account_id, kind)
);
create index email_intent_due on email_intent (next_attempt_at, id) where status = 'PENDING' and delivery = 'IMMEDIATE';
create index email_intent_digest on email_intent (account_id) where status = 'PENDING' and delivery = 'DIGEST';
create index email_intent_sent_alerts on email_intent (account_id, sent_at) where status = 'SENT' and kind = 'MATCHED';
