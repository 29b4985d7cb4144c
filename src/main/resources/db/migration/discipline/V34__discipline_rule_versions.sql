-- The counting rules are edited on a settings page as versions with an effective date: a version number
-- for optimistic locking (two administrators never overwrite each other), and who changed it last.
alter table discipline_rule_set add column version bigint not null default 0;
alter table discipline_rule_set add column updated_at timestamptz;
alter table discipline_rule_set add column updated_by varchar(50);

alter table sanction_ladder add column updated_at timestamptz;
alter table sanction_ladder add column updated_by varchar(50);
