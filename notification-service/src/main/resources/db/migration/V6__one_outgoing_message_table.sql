-- One table for every message this service sends (issue 28), in place of the five of V1 to V5 (email_intent,
-- account_message, applicant_message, invitation_message, partner_message), so that one sender claims, sends, retries
-- and records them all. Every row of the old tables moves here whatever its status (a sent or suppressed message keeps
-- its key, so the same message is never queued again), then the old tables go. Stop every instance of the previous
-- version before starting this one: it reads the tables this drops.
create table outgoing_message (
    id                bigserial primary key,
    -- What makes the message one: a second enqueue of it (a redelivered event, a job run twice, a second instance)
    -- adds nothing, and its Message-ID is derived from it, so a copy sent again after a crash between the SMTP
    -- server's acceptance and the commit is recognisable. Each kind's queue builds it from the event (or job), the
    -- recipient and the kind; the formats are those the old tables' senders derived their Message-IDs from.
    message_key       text        not null unique,
    kind              text        not null check (kind in ('MATCHED', 'AMENDED', 'CANCELLED', 'OUTCOME', 'ANSWERED', 'REMINDER',
                                                         'DECLARED', 'WEEKLY', 'DIGEST', 'ACCOUNT_INVITATION', 'PASSWORD_RESET',
                                                         'PASSWORD_CHANGED', 'ACCOUNT_LOCKED', 'APPLICATION_REFUSED',
                                                         'PILOT_INVITATION', 'PARTNER_NAMED')),
    -- the event it follows from, or the job ('digest:2027-02-15', 'reminder:<opportunity>', 'weekly:2027-W7')
    event_id          text        not null,
    -- To whom: an account, whose address and language are read from recipient when the message is sent (so a closed
    -- account is not written to) and recorded here then; or, for an applicant who has no account, the address and
    -- language its application gave.
    account_id        uuid,
    email             text,
    language          text check (language in ('fr', 'en')),
    -- DIGEST: an alert that waits for the person's daily digest (by choice, or over the day's limit)
    delivery          text        not null default 'IMMEDIATE' check (delivery in ('IMMEDIATE', 'DIGEST')),
    status            text        not null default 'PENDING'
                      check (status in ('PENDING', 'SENT', 'FAILED', 'SUPPRESSED', 'DIGESTED', 'EXPIRED')),
    attempts          int         not null default 0,
    next_attempt_at   timestamptz not null default now(),
    created_at        timestamptz not null default now(),
    sent_at           timestamptz,
    error             text,
    -- What the message is about, by kind. The alerts gathered into a DIGEST point to it.
    digest_id         bigint references outgoing_message (id),
    opportunity_id    uuid,        -- alerts and follow-ups, REMINDER, PARTNER_NAMED
    question_id       uuid,        -- ANSWERED
    contract_id       uuid,        -- DECLARED
    organization_id   uuid,        -- APPLICATION_REFUSED: the applicant; PILOT_INVITATION: the invited; PARTNER_NAMED: the lead
    organization_name text,        -- APPLICATION_REFUSED, PILOT_INVITATION
    pilot_name        text,        -- PILOT_INVITATION
    reason            text,        -- APPLICATION_REFUSED
    -- ACCOUNT_INVITATION and PASSWORD_RESET: the link's token, sealed with directory-service's key, kept only until the
    -- message is sent or closed; expires_at is the link's. ACCOUNT_LOCKED: until when.
    sealed_token      text,
    expires_at        timestamptz,
    locked_until      timestamptz,
    check (account_id is not null or (email is not null and length(email) <= 254 and language is not null))
);
create index outgoing_message_due on outgoing_message (next_attempt_at, id) where status = 'PENDING' and delivery = 'IMMEDIATE';
create index outgoing_message_digest on outgoing_message (account_id) where status = 'PENDING' and delivery = 'DIGEST';
create index outgoing_message_sent_alerts on outgoing_message (account_id, sent_at) where status = 'SENT' and kind = 'MATCHED';
create index outgoing_message_account on outgoing_message (account_id);
create index outgoing_message_digested on outgoing_message (digest_id) where digest_id is not null;

-- The intents keep their ids, so the alerts a digest gathered still point to it.
insert into outgoing_message (id, message_key, kind, event_id, account_id, email, language, delivery, status, attempts,
                              next_attempt_at, created_at, sent_at, error, digest_id, opportunity_id, question_id, contract_id)
select id, event_id || '|' || account_id || '|' || kind, kind, event_id, account_id, email, language, delivery, status, attempts,
       next_attempt_at, created_at, sent_at, error, digest_id, opportunity_id, question_id, contract_id
from email_intent order by id;
select setval(pg_get_serial_sequence('outgoing_message', 'id'), coalesce((select max(id) from outgoing_message), 0) + 1, false);

insert into outgoing_message (message_key, kind, event_id, account_id, email, language, status, attempts, next_attempt_at,
                              created_at, sent_at, error, sealed_token, expires_at, locked_until)
select 'account|' || event_id,
       case kind when 'INVITATION' then 'ACCOUNT_INVITATION' when 'LOCKED' then 'ACCOUNT_LOCKED' else kind end,
       event_id, account_id, email, language, status, attempts, next_attempt_at, created_at, sent_at, error, sealed_token,
       expires_at, locked_until
from account_message order by id;

insert into outgoing_message (message_key, kind, event_id, email, language, status, attempts, next_attempt_at, created_at,
                              sent_at, error, organization_id, organization_name, reason)
select 'applicant|' || event_id, 'APPLICATION_REFUSED', event_id, email, language, status, attempts, next_attempt_at, created_at,
       sent_at, error, organization_id, organization_name, reason
from applicant_message order by created_at, event_id;

insert into outgoing_message (message_key, kind, event_id, account_id, status, attempts, next_attempt_at, created_at, sent_at,
                              error, organization_id, organization_name, pilot_name)
select 'invitation|' || event_id || '|' || account_id, 'PILOT_INVITATION', event_id, account_id, status, attempts,
       next_attempt_at, created_at, sent_at, error, organization_id, organization_name, pilot_name
from invitation_message order by id;

insert into outgoing_message (message_key, kind, event_id, account_id, status, attempts, next_attempt_at, created_at, sent_at,
                              error, opportunity_id, organization_id)
select 'partner|' || opportunity_id || '|' || lead_id || '|' || account_id, 'PARTNER_NAMED', event_id, account_id, status,
       attempts, next_attempt_at, created_at, sent_at, error, opportunity_id, lead_id
from partner_message order by id;

drop table email_intent, account_message, applicant_message, invitation_message, partner_message;
