-- After the deadline the buyer rejects (with a reason) or awards a response; an award makes a contract.
alter table response drop constraint response_status_check;
alter table response add constraint response_status_check check (status in ('SUBMITTED', 'WITHDRAWN', 'REJECTED', 'AWARDED'));
alter table response add column reason text check (length(reason) <= 2000);

create table contract (
    id               uuid primary key,
    opportunity_id   uuid references opportunity (id),
    buyer_id         uuid           not null,
    decision_unit_id uuid,
    supplier_ids     text[]         not null,
    title            text           not null check (length(title) between 1 and 300),
    categories       text[]         not null,
    value_cad        numeric(14, 2) not null check (value_cad >= 0),
    starts_on        date,
    ends_on          date,
    status           text           not null check (status in ('PENDING', 'ACTIVE', 'COMPLETED', 'TERMINATED', 'CANCELLED')),
    origin           text           not null check (origin in ('AWARD', 'DIRECT', 'BETWEEN_ENTERPRISES')),
    confirmed        boolean        not null,
    created_at       timestamptz    not null,
    version          bigint         not null default 0
);
create index contract_buyer on contract (buyer_id);
create unique index contract_one_per_opportunity on contract (opportunity_id) where opportunity_id is not null;
