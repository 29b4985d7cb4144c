-- discipline_day summed per employee, month and unit (the unit the employee belonged to on those days), kept
-- current by every statement that writes discipline_day, in its transaction (DisciplineStore.saveDays after a
-- roll-call write, DisciplineRebuild after a bulk load or a rule change). Recaps over whole months read these
-- rows instead of the counted days, as they read recap_month instead of the records: a regency's year is
-- about 15,000 x 12 rows here against about a million days in discipline_day (issue 15).
create table discipline_month (
    employee_id  bigint  not null,
    month        date    not null,
    unit_id      bigint  not null,
    full_days    integer not null,
    minutes      integer not null,
    constraint pk_discipline_month primary key (employee_id, month, unit_id),
    constraint ck_discipline_month_first_day check (extract(day from month) = 1)
);

create index ix_discipline_month_month on discipline_month (month, unit_id);

insert into discipline_month (employee_id, month, unit_id, full_days, minutes)
select employee_id, date_trunc('month', day)::date, unit_id, count(*) filter (where full_unexcused), sum(minutes)
from discipline_day
group by employee_id, date_trunc('month', day), unit_id;
