-- A partner named in a joint response confirms its part before the deadline; only confirmed partners become
-- suppliers of the contract on award.
alter table response add column confirmed_partners text[] not null default '{}';
-- The decision units of each institution, from directory.organizations, so a referenced unit is checked
-- against its organization. Rows learned before this version get theirs with the organization's next event.
alter table known_organization add column decision_units text[] not null default '{}';
