-- The roll-call policy is edited on a settings page as versions with an effective date: a version number
-- for optimistic locking, and who changed it last.
alter table attendance_policy add column version bigint not null default 0;
alter table attendance_policy add column updated_at timestamptz;
alter table attendance_policy add column updated_by varchar(50);
