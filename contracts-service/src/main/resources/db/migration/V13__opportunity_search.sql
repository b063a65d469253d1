-- The public list of opportunities becomes a search: words in French and English (accents and case ignored,
-- stemmed, as in the directory), filters as keys of one array, and a keyset order kept by the row itself.
-- unaccent is a trusted extension: the database owner may create it.
create extension if not exists unaccent;
create text search configuration fr_unaccent (copy = french);
alter text search configuration fr_unaccent alter mapping for hword, hword_part, word with unaccent, french_stem;
create text search configuration en_unaccent (copy = english);
alter text search configuration en_unaccent alter mapping for hword, hword_part, word with unaccent, english_stem;

-- Every filter but the deadline as one key: status, buyer, region, and each category with its class, family and
-- segment (90101501 is under 90101500, 90100000 and 90000000), so a filter on a family is one key, not a list of codes.
-- Immutable (it reads only its arguments), so a generated column can use it and no trigger has to keep it.
create function opportunity_search_keys(p_status text, p_buyer uuid, p_categories text[], p_regions text[]) returns text[]
    language sql immutable parallel safe as $$
    select array['s:' || p_status, 'b:' || p_buyer::text]
        || array(select distinct 'c:' || k from unnest(p_categories) c,
                 unnest(array[c, left(c, 6) || '00', left(c, 4) || '0000', left(c, 2) || '000000']) k)
        || array(select 'r:' || r from unnest(p_regions) r)
$$;

-- The list's order as one number, so a page's cursor is (key, id) and the next page one index range:
-- open opportunities first by nearest deadline (milliseconds since 1970), then all others newest deadline first.
-- extract(epoch) is marked stable only because other fields of extract depend on the time zone; the epoch does not.
create function opportunity_list_key(p_status text, p_deadline timestamptz) returns bigint
    language sql immutable parallel safe as $$
    select case when p_status = 'PUBLISHED' then floor(extract(epoch from p_deadline) * 1000)::bigint
                else 4000000000000000 - floor(extract(epoch from p_deadline) * 1000)::bigint end
$$;

alter table opportunity
    add column search_keys text[] generated always as (opportunity_search_keys(status, buyer_id, categories, regions)) stored,
    add column list_key bigint generated always as (opportunity_list_key(status, deadline)) stored,
    -- titles weigh more than descriptions; each text in its own language's configuration
    add column search_document tsvector generated always as (
        setweight(to_tsvector('fr_unaccent', coalesce(title_fr, '')), 'A') ||
        setweight(to_tsvector('en_unaccent', coalesce(title_en, '')), 'A') ||
        setweight(to_tsvector('fr_unaccent', coalesce(description_fr, '')), 'B') ||
        setweight(to_tsvector('en_unaccent', coalesce(description_en, '')), 'B')) stored;

-- Only what was ever published is listed (a draft, or a draft cancelled before publication, never is).
create index opportunity_list on opportunity (list_key, id) where published_at is not null;
-- As in the directory: keys and words in one GIN scan, or the keys alone with the words checked on the rows.
create index opportunity_search_keys on opportunity using gin (search_keys) where published_at is not null;
create index opportunity_search_filtered on opportunity using gin (search_keys, search_document) where published_at is not null;
