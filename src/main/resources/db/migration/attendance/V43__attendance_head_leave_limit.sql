-- The longest leave a unit head may register (calendar days, first and last day included); longer
-- absences (tugas belajar, CLTN, cuti besar beyond it) are registered by BKPSDM. 92 days covers cuti
-- melahirkan (up to three months, PP 11/2017 as amended) in any quarter of the year.
alter table attendance_policy add column head_leave_max_days integer not null default 92;
alter table attendance_policy add constraint ck_attendance_policy_head_leave check (head_leave_max_days between 1 and 1826);
