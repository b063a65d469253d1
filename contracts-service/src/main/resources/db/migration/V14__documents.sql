-- Files attached to an opportunity (by its buyer) or to a response (by the responding enterprise). The bytes live
-- in the document storage (a folder locally, an S3-compatible bucket in deployments) under storage_key; this row
-- is what was checked about them. A replacement is a new version of the same series: old versions stay listed.
create table document (
    id            uuid primary key,
    series_id     uuid        not null,
    version       int         not null check (version >= 1),
    opportunity_id uuid       not null references opportunity (id),
    -- null: a document of the opportunity's notice; otherwise the enterprise whose response carries it
    enterprise_id uuid,
    file_name     text        not null check (length(file_name) between 1 and 200),
    -- detected from the bytes, never taken from the name or the client's Content-Type
    content_type  text        not null check (length(content_type) <= 200),
    size_bytes    bigint      not null check (size_bytes > 0),
    sha256        text        not null check (length(sha256) = 64),
    storage_key   text        not null unique,
    -- what the addendum said, when the file came after publication
    summary       text check (length(summary) <= 2000),
    uploaded_by   uuid        not null,
    uploaded_at   timestamptz not null,
    unique (series_id, version)
);
create index document_of_opportunity on document (opportunity_id, enterprise_id, uploaded_at);
