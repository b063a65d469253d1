-- A decision unit that stops buying on its own is retired, not deleted: opportunities, contracts and contacts name it.
alter table decision_unit add column retired_on date;
