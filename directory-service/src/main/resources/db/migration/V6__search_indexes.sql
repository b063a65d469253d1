-- Filters that narrow a text search before ranking: legal form and kind join the GIN indexes of V4.
create index organization_legal_form on organization (legal_form) where status = 'ACTIVE';
create index organization_kind_status on organization (kind, status);
