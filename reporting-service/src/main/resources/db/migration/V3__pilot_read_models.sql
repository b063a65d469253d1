-- Everything reporting shows is rebuilt from the topics: these tables own no business data.

-- From directory.organizations: commitments, decision units and pilot membership.
alter table organization
    add column commitment_contracts int,
    add column commitment_value     numeric(14, 2);
create table decision_unit (
    organization_id uuid not null,
    id              uuid not null,
    name            text not null,
    primary key (organization_id, id)
);
create table pilot_member (
    pilot_id        uuid not null,
    organization_id uuid not null,
    kind            text not null,
    primary key (pilot_id, organization_id)
);
create index pilot_member_organization on pilot_member (organization_id);

-- From contracts.opportunities: the funnel.
create table opportunity (
    id              uuid primary key,
    buyer_id        uuid        not null,
    buyer_kind      text        not null,
    decision_unit_id uuid,
    title_fr        text,
    title_en        text,
    method          text        not null,
    categories      text[]      not null,
    regions         text[]      not null,
    social_clauses  text[]      not null,
    estimated_value numeric(14, 2),
    deadline        timestamptz not null,
    status          text        not null,
    cancel_reason   text,
    matched         int         not null,
    published_at    timestamptz not null,
    updated_at      timestamptz not null
);
create index opportunity_buyer on opportunity (buyer_id);
create table opportunity_match (
    opportunity_id uuid not null,
    enterprise_id  uuid not null,
    primary key (opportunity_id, enterprise_id)
);
create index opportunity_match_enterprise on opportunity_match (enterprise_id);
create table opportunity_interest (
    opportunity_id uuid        not null,
    enterprise_id  uuid        not null,
    interested     boolean     not null,
    reason         text,
    updated_at     timestamptz not null,
    primary key (opportunity_id, enterprise_id)
);
create table opportunity_response (
    opportunity_id uuid        not null,
    enterprise_id  uuid        not null,
    status         text        not null,
    updated_at     timestamptz not null,
    primary key (opportunity_id, enterprise_id)
);

-- From contracts.contracts: each contract's newest state...
create table contract (
    id              uuid primary key,
    opportunity_id  uuid,
    buyer_id        uuid           not null,
    supplier_ids    uuid[]         not null,
    title           text           not null,
    categories      text[]         not null,
    value_cad       numeric(14, 2) not null,
    final_value_cad numeric(14, 2),
    starts_on       date,
    ends_on         date,
    status          text           not null,
    origin          text           not null,
    confirmed       boolean        not null,
    month           date           not null,
    updated_at      timestamptz    not null
);
create index contract_buyer on contract (buyer_id);
create index contract_suppliers on contract using gin (supplier_ids);
create index contract_opportunity on contract (opportunity_id);

-- ...and its share in each pilot: one row per participating supplier. A contract counts in a pilot when its
-- buyer and at least one supplier take part in it; 'lead' marks one row per contract and pilot, for
-- contract-level sums. Recomputed whenever the contract or a party's membership changes.
create table contract_share (
    contract_id    uuid           not null,
    pilot_id       uuid           not null,
    supplier_id    uuid           not null,
    buyer_id       uuid           not null,
    month          date           not null,
    category       text           not null,
    contract_value numeric(14, 2) not null,
    share_value    numeric(18, 4) not null,
    lead           boolean        not null,
    counted        boolean        not null, -- confirmed and not cancelled
    declared       boolean        not null, -- only one party's word so far, not cancelled
    between_enterprises boolean   not null,
    primary key (contract_id, pilot_id, supplier_id)
);
create index contract_share_month on contract_share (pilot_id, month);
create index contract_share_buyer on contract_share (pilot_id, buyer_id, month);
create index contract_share_supplier on contract_share (pilot_id, supplier_id, month);

-- Pre-summed cells, one per pilot and month, recomputed from contract_share for the cells a change touches:
-- the dashboard sums a few hundred rows instead of a million.
create table cell_month (
    pilot_id            uuid           not null,
    month               date           not null,
    contracts           bigint         not null,
    value               numeric(18, 2) not null,
    between_contracts   bigint         not null,
    between_value       numeric(18, 2) not null,
    declared_contracts  bigint         not null,
    declared_value      numeric(18, 2) not null,
    primary key (pilot_id, month)
);
create table cell_buyer (
    pilot_id  uuid           not null,
    month     date           not null,
    buyer_id  uuid           not null,
    contracts bigint         not null,
    value     numeric(18, 2) not null,
    primary key (pilot_id, month, buyer_id)
);
create table cell_supplier (
    pilot_id  uuid           not null,
    month     date           not null,
    supplier_id uuid         not null,
    contracts bigint         not null,
    value     numeric(18, 4) not null,
    primary key (pilot_id, month, supplier_id)
);
create table cell_category (
    pilot_id  uuid           not null,
    month     date           not null,
    category  text           not null,
    contracts bigint         not null,
    value     numeric(18, 2) not null,
    primary key (pilot_id, month, category)
);
-- From contracts.contacts.
create table contact (
    id               uuid primary key,
    pilot_id         uuid,
    enterprise_id    uuid        not null,
    counterpart_id   uuid        not null,
    counterpart_kind text        not null,
    decision_unit_id uuid,
    occurred_on      date        not null,
    month            date        not null,
    channel          text        not null,
    introduced_by    uuid,
    introduced       boolean     not null,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    low_id           uuid        not null,
    high_id          uuid        not null,
    -- derived: the pair's earliest contact; how many introductions led to it; months to the pair's first contract
    is_first         boolean     not null default false,
    depth            int         not null default 0,
    months_to_contract int
);
create index contact_pair on contact (low_id, high_id, occurred_on, created_at);
create index contact_pilot_month on contact (pilot_id, month);
create index contact_introduced_by on contact (introduced_by);
create table cell_contact (
    pilot_id       uuid   not null,
    month          date   not null,
    contacts       bigint not null,
    first_contacts bigint not null,
    introduced     bigint not null,
    primary key (pilot_id, month)
);
create table cell_contact_depth (
    pilot_id uuid   not null,
    month    date   not null,
    depth    int    not null,
    contacts bigint not null,
    primary key (pilot_id, month, depth)
);
-- first contacts by how many months later the pair's first contract came (-1: none yet)
create table cell_first_contact (
    pilot_id           uuid   not null,
    month              date   not null,
    months_to_contract int    not null,
    first_contacts     bigint not null,
    primary key (pilot_id, month, months_to_contract)
);
create table cell_unit (
    pilot_id       uuid   not null,
    month          date   not null,
    institution_id uuid   not null,
    unit_id        uuid   not null,
    contacts       bigint not null,
    primary key (pilot_id, month, institution_id, unit_id)
);
