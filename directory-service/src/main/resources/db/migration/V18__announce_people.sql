-- People are announced on directory.people from now on (ids only: which organization each person belongs to), so
-- that contracts-service can check the people a contact names. The people added before are announced once here,
-- through the outbox like any other event, in the order they were added.
insert into outbox_event (id, topic, aggregate_id, type, source, occurred_at, payload)
select gen_random_uuid(), 'directory.people', p.id::text, 'maillage.directory.person.added.v1', '/maillage/directory-service',
       p.created_at,
       jsonb_build_object('personId', p.id, 'organizationId', p.organization_id,
                          'occurredAt', to_char(p.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
from person p
order by p.created_at, p.id;
