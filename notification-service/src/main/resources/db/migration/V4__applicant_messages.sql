-- Messages to people who have no account: an enterprise's applicant told that its application was refused, and why.
-- One per event (the key), so a redelivered event adds nothing.
create table applicant_message (
    event_id          text primary key,
    organization_id   uuid        not null,
    email             text        not null check (length(email) <= 254),
    language          text        not null check (language in ('fr', 'en')),
    organization_name text        not null,
    reason            text        not null,
    status            text        not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts          int         not null default 0,
    error             text,
    next_attempt_at   timestamptz not null,
    created_at        timestamptz not null,
    sent_at           timestamptz
);
create index applicant_message_due on applicant_message (next_attempt_at) where status = 'PENDING';
