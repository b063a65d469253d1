-- Each derivation is written once, as a view: the per-change code reads the rows one key needs (the
-- planner pushes the key into the view), and a rebuild reads them all. So a rebuilt figure cannot drift
-- from a live one.

-- A contract counts in a pilot when its buyer and at least one supplier take part in it; each participating
-- supplier gets an even share of the value (the final value once completed); one row per contract and pilot leads.
create view contract_share_source as
select k.id as contract_id, pb.pilot_id, s.supplier_id, k.buyer_id, k.month, coalesce(k.categories[1], '') as category,
       coalesce(k.final_value_cad, k.value_cad) as contract_value,
       round(coalesce(k.final_value_cad, k.value_cad) / cardinality(k.supplier_ids), 4) as share_value,
       row_number() over (partition by k.id, pb.pilot_id order by s.ord) = 1 as lead,
       k.confirmed and k.status <> 'CANCELLED' as counted, not k.confirmed and k.status <> 'CANCELLED' as declared,
       pb.kind = 'ENTERPRISE' as between_enterprises
from contract k
join pilot_member pb on pb.organization_id = k.buyer_id
cross join lateral unnest(k.supplier_ids) with ordinality s (supplier_id, ord)
join pilot_member ps on ps.organization_id = s.supplier_id and ps.pilot_id = pb.pilot_id and ps.kind = 'ENTERPRISE';

create view cell_month_source as
select pilot_id, month,
       count(*) filter (where lead and counted and not between_enterprises) as contracts,
       coalesce(sum(contract_value) filter (where lead and counted and not between_enterprises), 0) as value,
       count(*) filter (where lead and counted and between_enterprises) as between_contracts,
       coalesce(sum(contract_value) filter (where lead and counted and between_enterprises), 0) as between_value,
       count(*) filter (where lead and declared) as declared_contracts,
       coalesce(sum(contract_value) filter (where lead and declared), 0) as declared_value
from contract_share group by pilot_id, month;

-- the buyer, supplier and category cells count what institutions awarded
create view cell_buyer_source as
select pilot_id, month, buyer_id, count(*) as contracts, sum(contract_value) as value from contract_share
where lead and counted and not between_enterprises group by pilot_id, month, buyer_id;
create view cell_supplier_source as
select pilot_id, month, supplier_id, count(*) as contracts, sum(share_value) as value from contract_share
where counted and not between_enterprises group by pilot_id, month, supplier_id;
create view cell_category_source as
select pilot_id, month, category, count(*) as contracts, sum(contract_value) as value from contract_share
where lead and counted and not between_enterprises group by pilot_id, month, category;

-- a pair's first contact is its earliest by date, ties broken by when it was logged
create view contact_first_source as
select id, low_id, high_id, row_number() over (partition by low_id, high_id order by occurred_on, created_at, id) = 1 as first
from contact;

-- for a first contact: months until the pair's first counted contract in that pilot, at or after it
create view contact_conversion_source as
select k.id, k.low_id, k.high_id,
       (select ((extract(year from min(s.month)) - extract(year from k.month)) * 12
                + extract(month from min(s.month)) - extract(month from k.month))::int
        from contract_share s
        where s.pilot_id = k.pilot_id and s.counted and s.month >= k.month
          and ((s.buyer_id = k.low_id and s.supplier_id = k.high_id) or (s.buyer_id = k.high_id and s.supplier_id = k.low_id))) as months
from contact k where k.is_first and k.pilot_id is not null;

create view cell_contact_source as
select pilot_id, month, count(*) as contacts, count(*) filter (where is_first) as first_contacts,
       count(*) filter (where introduced) as introduced
from contact where pilot_id is not null group by pilot_id, month;
create view cell_contact_depth_source as
select pilot_id, month, depth, count(*) as contacts from contact where pilot_id is not null group by pilot_id, month, depth;
create view cell_first_contact_source as
select pilot_id, month, coalesce(months_to_contract, -1) as months_to_contract, count(*) as first_contacts from contact
where pilot_id is not null and is_first group by pilot_id, month, coalesce(months_to_contract, -1);
create view cell_unit_source as
select pilot_id, month, counterpart_id as institution_id, decision_unit_id as unit_id, count(*) as contacts from contact
where pilot_id is not null and counterpart_kind = 'INSTITUTION' and decision_unit_id is not null
group by pilot_id, month, counterpart_id, decision_unit_id;

create or replace function rebuild_reporting_cells() returns void language plpgsql as $$
begin
    truncate contract_share, cell_month, cell_buyer, cell_supplier, cell_category,
             cell_contact, cell_contact_depth, cell_first_contact, cell_unit;
    -- the raw tables were just filled (by a replay, or a bulk load): plan with their real sizes
    analyze contract;
    analyze pilot_member;
    analyze organization;
    insert into contract_share select * from contract_share_source;
    -- the statements below are planned now: with the statistics of an emptied table they would scan a
    -- million shares once per contact
    analyze contract_share;
    analyze contact;
    insert into cell_month select * from cell_month_source;
    insert into cell_buyer select * from cell_buyer_source;
    insert into cell_supplier select * from cell_supplier_source;
    insert into cell_category select * from cell_category_source;

    update contact k set is_first = f.first from contact_first_source f
    where f.id = k.id and k.is_first is distinct from f.first;
    -- depth: 0 for a contact nobody introduced, 1 for an introduction by a person or an unknown contact,
    -- its introducer's depth plus one otherwise
    with recursive chain (id, depth) as (
        select c.id, case when c.introduced then 1 else 0 end from contact c
        where c.introduced_by is null or not exists (select 1 from contact p where p.id = c.introduced_by)
        union all
        select c.id, chain.depth + 1 from contact c join chain on c.introduced_by = chain.id
    )
    update contact k set depth = chain.depth from chain where chain.id = k.id and k.depth <> chain.depth;
    update contact k set months_to_contract = v.months from contact_conversion_source v
    where v.id = k.id and k.months_to_contract is distinct from v.months;

    insert into cell_contact select * from cell_contact_source;
    insert into cell_contact_depth select * from cell_contact_depth_source;
    insert into cell_first_contact select * from cell_first_contact_source;
    insert into cell_unit select * from cell_unit_source;
end;
$$;
