-- A password link is either handed over by a coordinator (RESET, the one-time code), emailed after "forgot my
-- password" (EMAILED_RESET) or emailed with a new account (INVITATION). created_at lets the emailed ones be counted
-- per account, so that a stranger cannot flood a person with reset emails.
alter table password_reset
    add column purpose    text        not null default 'RESET' check (purpose in ('RESET', 'EMAILED_RESET', 'INVITATION')),
    add column created_at timestamptz not null default now();
create index password_reset_recent on password_reset (account_id, created_at) where purpose = 'EMAILED_RESET';
