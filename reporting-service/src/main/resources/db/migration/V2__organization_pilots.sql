-- Reporting counts per pilot and by kind of organization: keep pilots, legal form and institution type.
alter table organization
    add column pilots           text[] not null default '{}',
    add column legal_form       text,
    add column institution_type text;
