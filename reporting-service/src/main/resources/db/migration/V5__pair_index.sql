-- "Did this first contact lead to a contract?" looks up one pair's counted contracts in a pilot: without this
-- index, each lookup scanned all of the buyer's contracts (tens of thousands for a large institution).
create index contract_share_pair on contract_share (pilot_id, buyer_id, supplier_id, month) where counted;
