-- Contracts recorded by a party (a direct purchase, or between enterprises) remember who recorded them:
-- the other party confirms.
alter table contract add column recorded_by uuid;
alter table contract add column confirmed_at timestamptz;
