-- After the deadline the buyer may shortlist a response before deciding.
alter table response drop constraint response_status_check;
alter table response add constraint response_status_check
    check (status in ('SUBMITTED', 'WITHDRAWN', 'SHORTLISTED', 'REJECTED', 'AWARDED'));

-- A contract lives on: status changes and amendments, each with a reason, kept as history.
alter table contract add column final_value_cad numeric(14, 2) check (final_value_cad >= 0);
create table contract_change (
    contract_id     uuid           not null references contract (id),
    seq             int            not null,
    kind            text           not null check (kind in ('AMENDMENT', 'STATUS')),
    reason          text check (length(reason) <= 2000),
    status          text,
    value_cad       numeric(14, 2),
    ends_on         date,
    changed_by      uuid           not null,
    changed_at      timestamptz    not null,
    primary key (contract_id, seq)
);

-- Which pilots each organization takes part in: pilot coordinators see the contacts of their pilots.
alter table known_organization add column pilots text[] not null default '{}';

-- The contact log: who met whom, how, and what led to it.
create table contact (
    id                     uuid primary key,
    pilot_id               uuid,
    enterprise_id          uuid        not null,
    counterpart_id         uuid        not null,
    counterpart_kind       text        not null check (counterpart_kind in ('ENTERPRISE', 'INSTITUTION')),
    decision_unit_id       uuid,
    person_ids             text[]      not null default '{}',
    occurred_on            date        not null,
    channel                text        not null check (channel in ('MEETING', 'PHONE', 'EMAIL', 'EVENT', 'SITE_VISIT', 'PILOT_ACTIVITY')),
    initiated_by           uuid        not null,
    summary                text        not null check (length(summary) between 1 and 4000),
    outcome                text check (length(outcome) <= 2000),
    next_step              text check (length(next_step) <= 2000),
    follow_up_on           date,
    introduced_by_contact  uuid references contact (id),
    introduced_by_person   uuid,
    recorded_by            uuid        not null,
    created_at             timestamptz not null,
    version                bigint      not null default 0,
    check (enterprise_id <> counterpart_id)
);
-- a pair is unordered: (least, greatest) finds every contact between two organizations
create index contact_pair on contact (least(enterprise_id, counterpart_id), greatest(enterprise_id, counterpart_id), occurred_on, created_at);
create index contact_enterprise on contact (enterprise_id, occurred_on desc);
create index contact_counterpart on contact (counterpart_id, occurred_on desc);
create index contact_pilot on contact (pilot_id, occurred_on desc);
create index contact_introduced_by on contact (introduced_by_contact);
