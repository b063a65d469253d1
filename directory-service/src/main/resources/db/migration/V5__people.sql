-- People of organizations. Personal details: shown to signed-in participants only, never in events.
create table person (
    id               uuid primary key,
    organization_id  uuid        not null references organization (id),
    decision_unit_id uuid references decision_unit (id),
    name             text        not null check (length(name) between 1 and 200),
    title            text check (length(title) <= 200),
    email            text check (email = lower(email) and length(email) <= 254),
    phone            text check (length(phone) <= 40),
    language         text        not null default 'fr' check (language in ('fr', 'en')),
    created_at       timestamptz not null
);
create index person_organization on person (organization_id);
