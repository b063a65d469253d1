-- A refused application is a state of its own, not a deactivation: the enterprise never joined.
alter table organization drop constraint organization_status_check;
alter table organization add constraint organization_status_check
    check (status in ('PENDING', 'ACTIVE', 'INACTIVE', 'REFUSED'));

-- What an enterprise's own application carries beyond its public profile: whom to answer, in which language, and the
-- coordinator's answer when it is a refusal. Never public. Applications made before this table have no row until refused.
create table application (
    organization_id  uuid primary key references organization (id),
    contact_email    text check (length(contact_email) <= 254),
    language         text not null default 'fr' check (language in ('fr', 'en')),
    refused_at       timestamptz,
    refused_by       uuid,
    refusal_reason   text check (length(refusal_reason) between 1 and 2000),
    check ((refused_at is null) = (refusal_reason is null))
);
