-- When each supplier account last looked at its enterprise's matches, and which of them it opened itself: its
-- dashboard marks as new what was matched since its previous visit and it has not opened yet. Per person, not per
-- enterprise: a colleague's visit does not make a match old for me.
create table matches_visit (
    account_id        uuid primary key,
    last_seen_at      timestamptz not null,
    previous_visit_at timestamptz
);

create table match_opened (
    account_id     uuid        not null,
    opportunity_id uuid        not null references opportunity (id),
    opened_at      timestamptz not null,
    primary key (account_id, opportunity_id)
);
