-- An enterprise's own responses, across opportunities, latest change first (its dashboard).
create index response_enterprise on response (enterprise_id, updated_at desc);
-- The joint responses naming an enterprise as a partner (its dashboard asks it to confirm its part).
create index response_partners on response using gin (partners);
