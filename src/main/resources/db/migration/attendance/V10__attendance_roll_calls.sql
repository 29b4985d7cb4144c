-- Roll call (apel) sheets, their records, their change history, and registered leave (attendance module).

-- Rules of the roll call that a Perbup may change, each valid from a date (the row with the latest
-- effective_from not after the day in question applies).
create table attendance_policy (
    id                        bigint generated always as identity,
    effective_from            date        not null,
    -- An OPD head may change a submitted sheet until the end of this many working days after its date.
    edit_window_working_days  integer     not null default 1,
    -- A session may be marked from this many minutes before its apel time.
    session_opens_minutes     integer     not null default 60,
    note                      varchar(500),
    created_at                timestamptz not null,
    created_by                varchar(50) not null,
    constraint pk_attendance_policy primary key (id),
    constraint uk_attendance_policy_effective_from unique (effective_from),
    constraint ck_attendance_policy_window check (edit_window_working_days between 0 and 30),
    constraint ck_attendance_policy_opens check (session_opens_minutes between 0 and 720)
);

insert into attendance_policy (effective_from, edit_window_working_days, session_opens_minutes, note, created_at, created_by)
values ('2000-01-01', 1, 60, 'Default: until the end of the next working day', now(), 'system');

-- One sheet per unit, day and session. It covers the unit and every unit below it; it exists once
-- somebody has submitted it.
create table roll_call (
    id            bigint generated always as identity,
    unit_id       bigint      not null,
    day           date        not null,
    session       varchar(10) not null,
    submitted_at  timestamptz not null,
    submitted_by  varchar(50) not null,
    updated_at    timestamptz not null,
    updated_by    varchar(50) not null,
    version       bigint      not null default 0,
    constraint pk_roll_call primary key (id),
    constraint uk_roll_call_unit_day_session unique (unit_id, day, session),
    constraint fk_roll_call_unit foreign key (unit_id) references unit (id),
    constraint ck_roll_call_session check (session in ('MORNING', 'EVENING'))
);

create index ix_roll_call_day on roll_call (day, session);

-- What an employee's status was at one session of one day. One row per employee, day and session,
-- whichever sheet (the OPD's or a sub-unit's) it was submitted through. unit_id is the unit the
-- employee belonged to that day: reports attribute each day to it.
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
);

create index ix_attendance_record_unit_day on attendance_record (unit_id, day, session);
create index ix_attendance_record_roll_call on attendance_record (roll_call_id);
create index ix_attendance_record_day on attendance_record (day, session);

-- Every change of a record after it was first prefilled: who, when, old, new, why.
create table attendance_change (
    id            bigint generated always as identity,
    roll_call_id  bigint       not null,
    employee_id   bigint       not null,
    day           date         not null,
    session       varchar(10)  not null,
    changed_at    timestamptz  not null,
    changed_by    varchar(50)  not null,
    old_status    varchar(20),
    old_minutes   integer,
    old_note      varchar(200),
    old_source    varchar(15),
    new_status    varchar(20)  not null,
    new_minutes   integer,
    new_note      varchar(200),
    reason        varchar(500),
    constraint pk_attendance_change primary key (id),
    constraint fk_attendance_change_roll_call foreign key (roll_call_id) references roll_call (id),
    constraint fk_attendance_change_employee foreign key (employee_id) references employee (id)
);

create index ix_attendance_change_roll_call on attendance_change (roll_call_id, changed_at);
create index ix_attendance_change_employee on attendance_change (employee_id, day);

-- Leave, official travel, study assignment, permission or sickness registered for a range of days:
-- prefills every sheet in it.
create table leave_period (
    id            bigint generated always as identity,
    employee_id   bigint       not null,
    type          varchar(30)  not null,
    start_date    date         not null,
    end_date      date         not null,
    reference     varchar(200),
    created_at    timestamptz  not null,
    created_by    varchar(50)  not null,
    version       bigint       not null default 0,
    constraint pk_leave_period primary key (id),
    constraint fk_leave_period_employee foreign key (employee_id) references employee (id),
    constraint ck_leave_period_range check (end_date >= start_date),
    constraint ck_leave_period_type check (type in ('ANNUAL_LEAVE', 'SICK_LEAVE', 'MATERNITY_LEAVE',
        'IMPORTANT_REASON_LEAVE', 'LONG_SERVICE_LEAVE', 'UNPAID_LEAVE', 'PERMISSION', 'SICK', 'OFFICIAL_TRAVEL', 'STUDY')),
    -- One registered absence per employee and day.
    constraint ex_leave_period_overlap exclude using gist
        (employee_id with =, daterange(start_date, end_date, '[]') with &&)
);

create index ix_leave_period_dates on leave_period (start_date, end_date);
