-- Everything derived in reporting, computed for all rows at once: what a rebuild runs after replaying the raw
-- events (per-event recomputation of a million contracts would take hours), and what the benchmark runs
-- after loading. The same definitions as the per-change Java code (ContractCells, ContactCells); the rebuild
-- test checks both give the very same dashboard.
create or replace function rebuild_reporting_cells() returns void language plpgsql as $$
begin
    truncate contract_share, cell_month, cell_buyer, cell_supplier, cell_category,
             cell_contact, cell_contact_depth, cell_first_contact, cell_unit;
    -- the raw tables were just filled (by a replay, or a bulk load): plan with their real sizes
    analyze contract;
    analyze pilot_member;
    analyze organization;

    insert into contract_share (contract_id, pilot_id, supplier_id, buyer_id, month, category, contract_value, share_value,
        lead, counted, declared, between_enterprises)
    select k.id, pb.pilot_id, s.supplier_id, k.buyer_id, k.month, coalesce(k.categories[1], ''),
           coalesce(k.final_value_cad, k.value_cad),
           round(coalesce(k.final_value_cad, k.value_cad) / cardinality(k.supplier_ids), 4),
           row_number() over (partition by k.id, pb.pilot_id order by s.ord) = 1,
           k.confirmed and k.status <> 'CANCELLED', not k.confirmed and k.status <> 'CANCELLED', pb.kind = 'ENTERPRISE'
    from contract k
    join pilot_member pb on pb.organization_id = k.buyer_id
    cross join lateral unnest(k.supplier_ids) with ordinality s (supplier_id, ord)
    join pilot_member ps on ps.organization_id = s.supplier_id and ps.pilot_id = pb.pilot_id and ps.kind = 'ENTERPRISE';
    -- the statements below are planned now: with the statistics of an emptied table they would scan a
    -- million shares once per contact
    analyze contract_share;
    analyze contact;

    insert into cell_month (pilot_id, month, contracts, value, between_contracts, between_value, declared_contracts, declared_value)
    select pilot_id, month,
           count(*) filter (where lead and counted and not between_enterprises),
           coalesce(sum(contract_value) filter (where lead and counted and not between_enterprises), 0),
           count(*) filter (where lead and counted and between_enterprises),
           coalesce(sum(contract_value) filter (where lead and counted and between_enterprises), 0),
           count(*) filter (where lead and declared),
           coalesce(sum(contract_value) filter (where lead and declared), 0)
    from contract_share group by pilot_id, month;
    insert into cell_buyer (pilot_id, month, buyer_id, contracts, value)
    select pilot_id, month, buyer_id, count(*), sum(contract_value) from contract_share
    where lead and counted and not between_enterprises group by pilot_id, month, buyer_id;
    insert into cell_supplier (pilot_id, month, supplier_id, contracts, value)
    select pilot_id, month, supplier_id, count(*), sum(share_value) from contract_share
    where counted and not between_enterprises group by pilot_id, month, supplier_id;
    insert into cell_category (pilot_id, month, category, contracts, value)
    select pilot_id, month, category, count(*), sum(contract_value) from contract_share
    where lead and counted and not between_enterprises group by pilot_id, month, category;

    -- a pair's first contact is its earliest by date, ties broken by when it was logged
    update contact k set is_first = f.first
    from (select id, row_number() over (partition by low_id, high_id order by occurred_on, created_at, id) = 1 as first
          from contact) f
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
    update contact k set months_to_contract = (
        select ((extract(year from min(s.month)) - extract(year from k.month)) * 12
                + extract(month from min(s.month)) - extract(month from k.month))::int
        from contract_share s
        where s.pilot_id = k.pilot_id and s.counted and s.month >= k.month
          and ((s.buyer_id = k.low_id and s.supplier_id = k.high_id) or (s.buyer_id = k.high_id and s.supplier_id = k.low_id)))
    where k.is_first and k.pilot_id is not null;

    insert into cell_contact (pilot_id, month, contacts, first_contacts, introduced)
    select pilot_id, month, count(*), count(*) filter (where is_first), count(*) filter (where introduced)
    from contact where pilot_id is not null group by pilot_id, month;
    insert into cell_contact_depth (pilot_id, month, depth, contacts)
    select pilot_id, month, depth, count(*) from contact where pilot_id is not null group by pilot_id, month, depth;
    insert into cell_first_contact (pilot_id, month, months_to_contract, first_contacts)
    select pilot_id, month, coalesce(months_to_contract, -1), count(*) from contact
    where pilot_id is not null and is_first group by pilot_id, month, coalesce(months_to_contract, -1);
    insert into cell_unit (pilot_id, month, institution_id, unit_id, contacts)
    select pilot_id, month, counterpart_id, decision_unit_id, count(*) from contact
    where pilot_id is not null and counterpart_kind = 'INSTITUTION' and decision_unit_id is not null
    group by pilot_id, month, counterpart_id, decision_unit_id;
end;
$$;
