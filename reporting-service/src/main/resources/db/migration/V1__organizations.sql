-- reporting-service's copy of the directory's organizations, from directory.organizations.
create table organization (
    id         uuid primary key,
    kind       text        not null,
    name       text        not null,
    status     text        not null,
    categories text[]      not null,
    regions    text[]      not null,
    updated_at timestamptz not null
);
