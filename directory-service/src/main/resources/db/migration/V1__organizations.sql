create table organization (
    id          uuid primary key,
    kind        text        not null check (kind in ('ENTERPRISE', 'INSTITUTION')),
    legal_name  text        not null check (length(legal_name) between 1 and 200),
    neq         text unique check (neq ~ '^[0-9]{10}$'),
    status      text        not null check (status in ('PENDING', 'ACTIVE', 'INACTIVE')),
    categories  text[]      not null default '{}',
    regions     text[]      not null default '{}',
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    version     bigint      not null default 0
);
