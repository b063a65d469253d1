-- A rebuild empties the derived cells with DELETE rather than TRUNCATE: TRUNCATE's exclusive lock made
-- every dashboard read wait until the rebuild committed; with DELETE readers keep the old numbers (MVCC).
create or replace function rebuild_reporting_cells() returns void language plpgsql as $$
begin
    delete from contract_share;
    delete from cell_month;
    delete from cell_buyer;
    delete from cell_supplier;
    delete from cell_category;
    delete from cell_contact;
    delete from cell_contact_depth;
    delete from cell_first_contact;
    delete from cell_unit;
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
