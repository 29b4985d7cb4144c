-- attendance_record partitioned by calendar year (issue 15, history that grows): about 7.5 million rows a
-- year in a 15,000-person regency. Every read names a day or a range of days (a sheet, a month, a year), so
-- PostgreSQL scans only the year(s) asked for, and a sheet or a recap costs the same after five years as
-- after one. The primary key (employee_id, day, session) contains the partition key, so it stays unique
-- across the whole table and the ON CONFLICT upserts keep their target.
--
-- Partitions: attendance_record_y<year> for every year holding rows, last year, this year and the next two; a
-- DEFAULT partition catches a day outside them so that no write ever fails for a missing year.
-- attendance_record_partition(year) creates a year's partition and moves the rows of that year out of the
-- DEFAULT partition; the application calls it at startup and every night for this year and the next
-- (HistoryPartitions).

alter table attendance_record rename to attendance_record_unpartitioned;
alter index pk_attendance_record rename to pk_attendance_record_unpartitioned;
alter index ix_attendance_record_unit_day rename to ix_attendance_record_unpartitioned_unit_day;
alter index ix_attendance_record_roll_call rename to ix_attendance_record_unpartitioned_roll_call;
alter index ix_attendance_record_day rename to ix_attendance_record_unpartitioned_day;

create table attendance_record (
    employee_id   bigint      not null,
    day           date        not null,
    session       varchar(10) not null,
    unit_id       bigint      not null,
    roll_call_id  bigint      not null,
    status        varchar(20) not null,
    minutes       integer,
    note          varchar(200),
    source        varchar(15) not null,
    updated_at    timestamptz not null,
    constraint pk_attendance_record primary key (employee_id, day, session),
    constraint fk_attendance_record_employee foreign key (employee_id) references employee (id),
    constraint fk_attendance_record_unit foreign key (unit_id) references unit (id),
    constraint fk_attendance_record_roll_call foreign key (roll_call_id) references roll_call (id),
    constraint ck_attendance_record_session check (session in ('MORNING', 'EVENING')),
    constraint ck_attendance_record_status check (status in ('PRESENT', 'LATE', 'EARLY_LEAVE', 'PERMISSION', 'SICK',
        'LEAVE', 'OFFICIAL_TRAVEL', 'STUDY', 'REMOTE', 'UNEXCUSED')),
    constraint ck_attendance_record_source check (source in ('DEFAULT', 'LEAVE', 'DISPENSATION', 'MARKED')),
    -- Minutes belong to lateness (morning) and early leave (evening) only, 1 to 480.
    constraint ck_attendance_record_minutes check (
        (status in ('LATE', 'EARLY_LEAVE') and minutes between 1 and 480) or
        (status not in ('LATE', 'EARLY_LEAVE') and minutes is null))
) partition by range (day);

create index ix_attendance_record_unit_day on attendance_record (unit_id, day, session);
create index ix_attendance_record_roll_call on attendance_record (roll_call_id);
create index ix_attendance_record_day on attendance_record (day, session);

create table attendance_record_default partition of attendance_record default;

-- Creates the partition of one calendar year if it is missing, moving that year's rows out of the DEFAULT
-- partition first (PostgreSQL refuses a new partition while DEFAULT holds rows of its range). Returns
-- whether it created one. Serialised by an advisory lock, so two nodes starting together do not race.
create function attendance_record_partition(year integer) returns boolean
language plpgsql as $$
declare
    partition_name text := format('attendance_record_y%s', year);
    first_day date := make_date(year, 1, 1);
    next_first_day date := make_date(year + 1, 1, 1);
    stray bigint;
begin
    perform pg_advisory_xact_lock(hashtext('attendance_record_partition'));
    if to_regclass(partition_name) is not null then
        return false;
    end if;
    select count(*) into stray from attendance_record_default where day >= first_day and day < next_first_day;
    if stray = 0 then
        execute format('create table %I partition of attendance_record for values from (%L) to (%L)',
            partition_name, first_day, next_first_day);
    else
        -- Detaching takes the table's exclusive lock until commit: writers wait, none fails.
        alter table attendance_record detach partition attendance_record_default;
        execute format('create table %I partition of attendance_record for values from (%L) to (%L)',
            partition_name, first_day, next_first_day);
        insert into attendance_record
        select * from attendance_record_default where day >= first_day and day < next_first_day;
        delete from attendance_record_default where day >= first_day and day < next_first_day;
        alter table attendance_record attach partition attendance_record_default default;
    end if;
    return true;
end
$$;

select attendance_record_partition(year)
from generate_series(
    least((select extract(year from min(day))::integer from attendance_record_unpartitioned),
        extract(year from current_date)::integer - 1),
    greatest((select extract(year from max(day))::integer from attendance_record_unpartitioned),
        extract(year from current_date)::integer + 2)) as year;

insert into attendance_record (employee_id, day, session, unit_id, roll_call_id, status, minutes, note, source,
    updated_at)
select employee_id, day, session, unit_id, roll_call_id, status, minutes, note, source, updated_at
from attendance_record_unpartitioned;

drop table attendance_record_unpartitioned;

analyze attendance_record;
