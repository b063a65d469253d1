-- When each account last signed in (and first did), so a coordinator sees who has not signed in yet.
-- A table of its own rather than columns of account: it is written at every sign-in, the account row is not.
create table account_sign_in (
    account_id      uuid primary key references account (id),
    first_signed_in timestamptz not null,
    last_signed_in  timestamptz not null
);
