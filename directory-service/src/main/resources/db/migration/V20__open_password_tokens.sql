-- A password set with one token closes every other open token of the account (issue 26): found through this index.
create index password_reset_open on password_reset (account_id) where used_at is null;
