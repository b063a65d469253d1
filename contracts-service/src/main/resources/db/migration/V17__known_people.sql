-- contracts-service's copy of the directory's people, kept from directory.people: only which organization each
-- person belongs to, to check the people a contact names. No personal details.
create table known_person (
    id              uuid primary key,
    organization_id uuid        not null,
    added_at        timestamptz not null
);
