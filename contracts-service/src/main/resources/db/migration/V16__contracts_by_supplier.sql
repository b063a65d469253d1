-- GET /api/contracts/mine finds an organization's contracts as buyer (contract_buyer) or as one of the suppliers.
create index contract_suppliers on contract using gin (supplier_ids);
