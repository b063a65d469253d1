-- Failed sign-ins are counted per email address, whether an account has it or not, so that the
-- lockout answers the same for a known and an unknown address (no enumeration). The key is a hash of
-- the normalized address: unknown addresses typed by strangers are not kept in clear.
create table sign_in_failure (
    email_key       text primary key,
    failures        int         not null,
    locked_until    timestamptz,
    last_failure_at timestamptz not null
);
create index sign_in_failure_age on sign_in_failure (last_failure_at);

insert into sign_in_failure (email_key, failures, locked_until, last_failure_at)
select encode(sha256(convert_to(email, 'UTF8')), 'hex'), failed_logins, locked_until, now()
from account where failed_logins > 0 or locked_until > now();

alter table account drop column failed_logins, drop column locked_until;
