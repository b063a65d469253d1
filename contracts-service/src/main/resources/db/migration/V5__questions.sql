-- Questions from enterprises, answered publicly by the buyer (who asked is not published).
create table question (
    id             uuid primary key,
    opportunity_id uuid        not null references opportunity (id),
    enterprise_id  uuid        not null,
    question       text        not null check (length(question) between 1 and 4000),
    asked_at       timestamptz not null,
    answer         text check (length(answer) <= 8000),
    answered_at    timestamptz
);
create index question_opportunity on question (opportunity_id);
