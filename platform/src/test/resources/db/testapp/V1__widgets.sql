create table widget (id uuid primary key, name text not null, revision int not null);
-- what the consumer side saw: one row per applied event
create table widget_seen (n bigserial primary key, widget_id uuid not null, event_id text not null, type text not null, revision int not null);
