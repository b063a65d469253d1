-- Platform tables, shared by every service (versions 0.x run before each service's own V1+).

-- The transactional outbox: a row is written in the same transaction as the change it announces.
-- seq gives the publishing order; within one aggregate, writers serialize on the aggregate's own row,
-- so seq follows the order of that aggregate's changes.
create table outbox_event (
    seq          bigserial primary key,
    id           uuid        not null unique,
    topic        text        not null,
    aggregate_id text        not null,
    type         text        not null,
    source       text        not null,
    occurred_at  timestamptz not null,
    payload      jsonb       not null,
    traceparent  text,
    published_at timestamptz
);
create index outbox_event_unpublished on outbox_event (seq) where published_at is null;

-- Wakes the relay as soon as a writing transaction commits (NOTIFY is delivered on commit).
create function outbox_event_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('maillage_outbox', '');
    return null;
end $$;
create trigger outbox_event_notify after insert on outbox_event
    for each statement execute function outbox_event_notify();

-- The inbox: which events each consumer has applied, recorded in the same transaction as the effect.
create table inbox_event (
    consumer    text        not null,
    event_id    text        not null,
    type        text        not null,
    topic       text        not null,
    received_at timestamptz not null default now(),
    primary key (consumer, event_id)
);
