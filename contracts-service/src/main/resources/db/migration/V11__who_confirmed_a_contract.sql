-- A contract with an institution counts only on that institution's word; who confirmed is now kept.
alter table contract add column confirmed_by uuid;
-- Before, it was not kept: an award and an institution's own record were confirmed by the buyer itself.
update contract set confirmed_by = buyer_id where confirmed and (origin = 'AWARD' or recorded_by = buyer_id);
-- An institution's contract declared by an enterprise may have been "confirmed" by another enterprise: it
-- awaits the institution again (reporting already counts such a contract as declared: its events do not
-- name the institution as confirming it).
update contract set confirmed = false, confirmed_at = null
where confirmed and origin = 'DIRECT' and confirmed_by is null;
-- The contracts awaiting an organization's word are listed for it.
create index contract_awaiting on contract (buyer_id) where not confirmed and status = 'PENDING';
