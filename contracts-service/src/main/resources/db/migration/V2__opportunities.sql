-- Opportunities: published by an institution (optionally for one decision unit) or by an enterprise.
-- Deadlines are instants (UTC); people enter and read them in Montréal time.
create table opportunity (
    id               uuid primary key,
    buyer_id         uuid        not null,
    buyer_kind       text        not null check (buyer_kind in ('INSTITUTION', 'ENTERPRISE')),
    decision_unit_id uuid,
    title_fr         text check (length(title_fr) <= 300),
    title_en         text check (length(title_en) <= 300),
    description_fr   text check (length(description_fr) <= 10000),
    description_en   text check (length(description_en) <= 10000),
    categories       text[]      not null,
    regions          text[]      not null,
    method           text        not null check (method in ('DIRECT_AWARD', 'INVITATION', 'PUBLIC_CALL')),
    notice_url       text check (length(notice_url) <= 1000),
    estimated_value  numeric(14, 2) check (estimated_value >= 0),
    value_withheld   boolean     not null default false,
    deadline         timestamptz not null,
    contract_starts  date,
    contract_ends    date,
    social_clauses   text[]      not null default '{}',
    documents        text[]      not null default '{}',
    status           text        not null check (status in ('DRAFT', 'PUBLISHED', 'CLOSED', 'AWARDED', 'UNSUCCESSFUL', 'CANCELLED')),
    cancel_reason    text check (length(cancel_reason) <= 2000),
    created_at       timestamptz not null,
    published_at     timestamptz,
    closed_at        timestamptz,
    version          bigint      not null default 0,
    check (title_fr is not null or title_en is not null)
);
-- the closing scheduler looks only at published opportunities whose deadline has come
create index opportunity_due on opportunity (deadline) where status = 'PUBLISHED';
create index opportunity_buyer on opportunity (buyer_id);

-- After publication, every change is kept: what changed, when, and the deadline before and after.
create table opportunity_amendment (
    id                uuid primary key,
    opportunity_id    uuid        not null references opportunity (id),
    amended_at        timestamptz not null,
    summary           text        not null check (length(summary) between 1 and 2000),
    previous_deadline timestamptz not null,
    new_deadline      timestamptz not null
);
create index opportunity_amendment_opportunity on opportunity_amendment (opportunity_id);
