-- Which enterprises each published opportunity was matched to, and how each answered:
-- the funnel notified, viewed, interested (or not, and why) that reporting counts.
create table notification (
    opportunity_id uuid        not null references opportunity (id),
    enterprise_id  uuid        not null,
    notified_at    timestamptz not null,
    viewed_at      timestamptz,
    interested     boolean,
    reason         text check (reason in ('TOO_LARGE', 'NOT_OUR_FIELD', 'TIMING', 'CAPACITY', 'OTHER')),
    reason_text    text check (length(reason_text) <= 1000),
    answered_at    timestamptz,
    primary key (opportunity_id, enterprise_id)
);
create index notification_enterprise on notification (enterprise_id);
create index known_organization_categories on known_organization using gin (categories);
