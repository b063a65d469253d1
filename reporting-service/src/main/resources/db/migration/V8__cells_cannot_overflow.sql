-- Issue 26: the summed cells were numeric(18, 2) (numeric(18, 4) per supplier, whose shares carry four decimals), at
-- most about 10^16 $ (10^14 $ per supplier). A contract could then carry up to 999 999 999 999.99 $: a hundred such
-- contracts to one supplier in one month overflowed its cell, the event went to the dead-letter topic and the pilot's
-- figures stopped moving. contracts-service now refuses any amount above 1 000 000 000 $ (ContractValues), and the cells
-- get 22 digits before the decimal point:
--   numeric(24, 2) and numeric(26, 4) hold up to 10^22 $;
--   at the bound, 10^22 / 10^9 = 10^13 contracts (ten thousand billion) in one pilot and one month overflow one cell;
--   even at the old limit (events already on the topics, replayed by a rebuild), 10^22 / 10^12 = 10^10 contracts do.
-- The per-contract columns (contract.value_cad, contract_share.contract_value: numeric(14, 2), up to 10^12 $) already hold
-- any value ever accepted. Widening a numeric's precision at the same scale rewrites no row.
alter table cell_month
    alter column value type numeric(24, 2),
    alter column between_value type numeric(24, 2),
    alter column declared_value type numeric(24, 2);
alter table cell_buyer alter column value type numeric(24, 2);
alter table cell_supplier alter column value type numeric(26, 4);
alter table cell_category alter column value type numeric(24, 2);
