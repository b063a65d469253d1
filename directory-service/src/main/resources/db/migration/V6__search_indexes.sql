-- Filters that narrow a text search before ranking: legal form and kind join the GIN indexes of V4.
create index organization_legal_form on organization (legal_form) where status = 'ACTIVE';
create index organization_kind_status on organization (kind, status);

-- The search document, defined once: names weigh most, then missions, then the labels of its
-- categories (and of their segments), each in French and English, accents ignored.
-- null refreshes every organization (bulk loads); an id, that one.
create function refresh_organization_search(p_id uuid) returns void language sql as $$
    update organization o set sort_name = lower(unaccent(o.legal_name)),
      search_document =
        setweight(to_tsvector('fr_unaccent', o.legal_name || ' ' || array_to_string(o.other_names, ' ')), 'A') ||
        setweight(to_tsvector('en_unaccent', o.legal_name || ' ' || array_to_string(o.other_names, ' ')), 'A') ||
        setweight(to_tsvector('fr_unaccent', coalesce(o.mission_fr, '')), 'B') ||
        setweight(to_tsvector('en_unaccent', coalesce(o.mission_en, '')), 'B') ||
        setweight(to_tsvector('fr_unaccent', coalesce(l.fr, '')), 'C') ||
        setweight(to_tsvector('en_unaccent', coalesce(l.en, '')), 'C')
    from (select x.id, string_agg(c.label_fr, ' ') as fr, string_agg(c.label_en, ' ') as en
          from organization x left join category c on c.code = any(x.categories)
            or c.code in (select parent from category where code = any(x.categories))
          where p_id is null or x.id = p_id
          group by x.id) l
    where o.id = l.id
$$;
