-- A person removed from an organization's people keeps its row: contact logs in other services name people by id,
-- and a history must still say who was met. Removal hides the person and erases how to reach it.
alter table person add column updated_at timestamptz;
alter table person add column removed_at timestamptz;
alter table person add constraint person_removed_unreachable check (removed_at is null or (email is null and phone is null));
