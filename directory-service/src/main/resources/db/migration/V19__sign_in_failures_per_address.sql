-- Failed sign-ins were counted per email address alone, so anyone who knew an address could lock its owner out.
-- They are now counted per email address AND client address (a lock keeps out only the address that failed), and
-- per client address over every email (failures slow down the address that sends them). Keys are hashes, as before.
-- Current counts and locks (15 minutes at most) are dropped with the old table.
drop table sign_in_failure;

create table sign_in_failure (
    failure_key     text primary key,
    email_key       text        not null,
    failures        int         not null,
    locked_until    timestamptz,
    last_failure_at timestamptz not null
);
create index sign_in_failure_email on sign_in_failure (email_key);
create index sign_in_failure_age on sign_in_failure (last_failure_at);

create table sign_in_address_failure (
    address_key     text primary key,
    failures        int         not null,
    last_failure_at timestamptz not null
);
create index sign_in_address_failure_age on sign_in_address_failure (last_failure_at);
