-- An enterprise's own responses, across opportunities, latest change first (its dashboard).
create index response_enterprise on response (enterprise_id, updated_at desc);
