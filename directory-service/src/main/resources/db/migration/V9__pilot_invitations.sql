-- An organization that already exists joins another pilot only with its own consent: the pilot's
-- coordinator invites it, and one of its own accounts accepts (or declines).
create table pilot_invitation (
    id              uuid primary key,
    pilot_id        uuid        not null references pilot (id),
    organization_id uuid        not null references organization (id),
    status          text        not null check (status in ('PENDING', 'ACCEPTED', 'DECLINED')),
    invited_by      uuid        not null references account (id),
    created_at      timestamptz not null,
    answered_by     uuid references account (id),
    answered_at     timestamptz
);
-- at most one open invitation per pilot and organization
create unique index pilot_invitation_pending on pilot_invitation (pilot_id, organization_id) where status = 'PENDING';
create index pilot_invitation_organization on pilot_invitation (organization_id, status);
