-- Responses are sealed until the deadline: only the responding enterprise reads its content before.
create table response (
    id             uuid primary key,
    opportunity_id uuid          not null references opportunity (id),
    enterprise_id  uuid          not null,
    price_cad      numeric(14, 2) not null check (price_cad >= 0),
    proposal       text          not null check (length(proposal) between 1 and 20000),
    documents      text[]        not null default '{}',
    partners       text[]        not null default '{}',
    status         text          not null check (status in ('SUBMITTED', 'WITHDRAWN')),
    submitted_at   timestamptz   not null,
    updated_at     timestamptz   not null,
    version        bigint        not null default 0,
    unique (opportunity_id, enterprise_id)
);
