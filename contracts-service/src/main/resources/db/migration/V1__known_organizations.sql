-- contracts-service's own copy of the directory's organizations, kept from directory.organizations:
-- enough to check who may publish, respond and be matched without calling directory-service.
create table known_organization (
    id         uuid primary key,
    kind       text        not null,
    name       text        not null,
    status     text        not null,
    categories text[]      not null,
    regions    text[]      not null,
    updated_at timestamptz not null
);
