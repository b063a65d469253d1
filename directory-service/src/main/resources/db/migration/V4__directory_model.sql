-- The directory's full model: enterprises and institutions in detail, decision units, certifications,
-- pilots and their members, and a search document kept by the service on every write.

-- Accent- and case-insensitive search with French and English stemming ("economie" finds "Économie").
-- unaccent is a trusted extension: the database owner may create it.
create extension if not exists unaccent;
create text search configuration fr_unaccent (copy = french);
alter text search configuration fr_unaccent alter mapping for hword, hword_part, word with unaccent, french_stem;
create text search configuration en_unaccent (copy = english);
alter text search configuration en_unaccent alter mapping for hword, hword_part, word with unaccent, english_stem;

alter table organization
    add column other_names          text[]        not null default '{}',
    add column legal_form           text check (legal_form in ('WORKER_COOP', 'CONSUMER_COOP', 'PRODUCER_COOP',
        'SOLIDARITY_COOP', 'NON_PROFIT', 'WORK_INTEGRATION', 'OTHER_SOCIAL_ECONOMY')),
    add column institution_type     text check (institution_type in ('MUNICIPALITY', 'SCHOOL_SERVICE_CENTRE',
        'HEALTH_SOCIAL_SERVICES', 'COLLEGE', 'UNIVERSITY', 'HOUSING_OFFICE', 'OTHER_PUBLIC_BODY')),
    add column mission_fr           text check (length(mission_fr) <= 4000),
    add column mission_en           text check (length(mission_en) <= 4000),
    add column address              text check (length(address) <= 500),
    add column website              text check (length(website) <= 500),
    add column size_band            text check (size_band in ('1-9', '10-49', '50-99', '100+')),
    add column capacity_notes       text check (length(capacity_notes) <= 2000),
    add column commitment_contracts int check (commitment_contracts >= 0),
    add column commitment_value     numeric(14, 2) check (commitment_value >= 0),
    add column search_document      tsvector      not null default ''::tsvector,
    add column sort_name            text          not null default '';

create index organization_search on organization using gin (search_document);
create index organization_categories on organization using gin (categories);
create index organization_regions on organization using gin (regions);
create index organization_sort on organization (sort_name, id);

create table certification (
    id              uuid primary key,
    organization_id uuid not null references organization (id),
    name            text not null check (length(name) between 1 and 200),
    issuer          text not null check (length(issuer) between 1 and 200),
    expires_on      date
);
create index certification_organization on certification (organization_id);

create table decision_unit (
    id              uuid primary key,
    organization_id uuid   not null references organization (id),
    name            text   not null check (length(name) between 1 and 200),
    categories      text[] not null default '{}',
    threshold_cad   numeric(14, 2) check (threshold_cad >= 0),
    methods         text[] not null default '{}',
    calendar_notes  text check (length(calendar_notes) <= 2000)
);
create index decision_unit_organization on decision_unit (organization_id);

create table pilot (
    id                          uuid primary key,
    name                        text not null check (length(name) between 1 and 200),
    region                      text not null references region (code),
    starts_on                   date not null,
    ends_on                     date not null check (ends_on >= starts_on),
    coordinating_organization   text not null check (length(coordinating_organization) <= 200),
    created_at                  timestamptz not null
);

create table pilot_member (
    pilot_id        uuid not null references pilot (id),
    organization_id uuid not null references organization (id),
    joined_on       date not null,
    primary key (pilot_id, organization_id)
);
create index pilot_member_organization on pilot_member (organization_id);
