-- Roll calls counted per employee, month and unit (the unit the employee belonged to on those days), kept
-- current in the transaction of every roll-call write (RecapSummaries). Recaps over whole months read these
-- rows instead of the records, so a year's recap reads 12 rows per employee instead of about 500.
create table recap_month (
    employee_id      bigint  not null,
    month            date    not null,
    unit_id          bigint  not null,
    present          integer not null,
    late             integer not null,
    early_leave      integer not null,
    permission       integer not null,
    sick             integer not null,
    on_leave         integer not null,
    official_travel  integer not null,
    study            integer not null,
    remote           integer not null,
    unexcused        integer not null,
    constraint pk_recap_month primary key (employee_id, month, unit_id),
    constraint ck_recap_month_first_day check (extract(day from month) = 1)
);

create index ix_recap_month_month on recap_month (month, unit_id);

insert into recap_month (employee_id, month, unit_id, present, late, early_leave, permission, sick, on_leave,
    official_travel, study, remote, unexcused)
select employee_id, date_trunc('month', day)::date, unit_id,
    count(*) filter (where status = 'PRESENT'), count(*) filter (where status = 'LATE'),
    count(*) filter (where status = 'EARLY_LEAVE'), count(*) filter (where status = 'PERMISSION'),
    count(*) filter (where status = 'SICK'), count(*) filter (where status = 'LEAVE'),
    count(*) filter (where status = 'OFFICIAL_TRAVEL'), count(*) filter (where status = 'STUDY'),
    count(*) filter (where status = 'REMOTE'), count(*) filter (where status = 'UNEXCUSED')
from attendance_record
group by employee_id, date_trunc('month', day), unit_id;
