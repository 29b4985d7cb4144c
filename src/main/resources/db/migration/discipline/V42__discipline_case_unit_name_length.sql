-- A case keeps the unit as "unit, OPD" at the time of the decree: two unit names of up to 200 characters
-- each and the separator.
alter table sanction_case alter column unit_name type varchar(402);
