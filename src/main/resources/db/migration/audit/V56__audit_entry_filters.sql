-- The audit trail for people (issue 13): filtered by person, unit, date range and kind, newest first.
-- The unit is its own column so that the filter can use an index; rows written before it get the
-- unit code their subject starts with, for the kinds whose subject is "<unit code> ...".
alter table audit_entry add column unit_code varchar(50);

update audit_entry
   set unit_code = left(split_part(subject, ' ', 1), 50)
 where subject is not null
   and action in ('ROLL_CALL_SUBMITTED', 'ROLL_CALL_CHANGED', 'ROLL_CALL_CANCELLED', 'ROLL_CALL_RESTORED',
                  'INSPECTION_RECORDED', 'UNIT_CREATED', 'UNIT_CHANGED', 'UNIT_HEAD_SET');

create index ix_audit_entry_actor on audit_entry (actor, occurred_at desc, id desc);
create index ix_audit_entry_unit on audit_entry (unit_code, occurred_at desc, id desc) where unit_code is not null;
