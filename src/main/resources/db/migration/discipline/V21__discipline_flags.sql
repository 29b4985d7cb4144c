-- Flags the service layer raises for BKPSDM to review, inspections (sidak), and the lock that keeps the
-- scheduled missing-roll-call check to one run across app instances (discipline module).

create table discipline_flag (
    id              bigint generated always as identity,
    kind            varchar(30)   not null,
    -- One flag per cause: saving a sheet again never duplicates it.
    cause_key       varchar(200)  not null,
    employee_id     bigint,
    unit_id         bigint        not null,
    day             date          not null,
    severity        varchar(10)   not null,
    detail_key      varchar(100)  not null,
    detail_args     varchar(1000),
    status          varchar(10)   not null default 'OPEN',
    review_note     varchar(1000),
    reviewed_by     varchar(50),
    reviewed_at     timestamptz,
    raised_at       timestamptz   not null,
    updated_at      timestamptz   not null,
    -- Set when the cause went away (the TK was corrected to sick): the flag leaves the queue.
    withdrawn_at    timestamptz,
    version         bigint        not null default 0,
    constraint pk_discipline_flag primary key (id),
    constraint uk_discipline_flag_cause unique (cause_key),
    constraint fk_discipline_flag_employee foreign key (employee_id) references employee (id),
    constraint fk_discipline_flag_unit foreign key (unit_id) references unit (id),
    constraint ck_discipline_flag_kind check (kind in ('AFTER_HOLIDAY', 'BEFORE_HOLIDAY', 'MONITORING_PERIOD',
        'CONSECUTIVE_ABSENCE', 'THRESHOLD_REACHED', 'UNIT_HEAD_ABSENT', 'ROLL_CALL_MISSING', 'INSPECTION_MISMATCH')),
    constraint ck_discipline_flag_severity check (severity in ('HIGH', 'NORMAL', 'LOW')),
    constraint ck_discipline_flag_status check (status in ('OPEN', 'CONFIRMED', 'DISMISSED')),
    constraint ck_discipline_flag_review check (status = 'OPEN' or reviewed_by is not null)
);

create index ix_discipline_flag_queue on discipline_flag (status, day desc) where withdrawn_at is null;
create index ix_discipline_flag_employee on discipline_flag (employee_id, day);
create index ix_discipline_flag_unit on discipline_flag (unit_id, day);
create index ix_discipline_flag_kind on discipline_flag (kind, day desc);

-- An inspection (sidak) of a unit by the Bupati, the Sekda, the Inspektorat or BKPSDM.
create table inspection (
    id              bigint generated always as identity,
    unit_id         bigint        not null,
    day             date          not null,
    session         varchar(10)   not null,
    inspected_at    timestamptz   not null,
    inspector_kind  varchar(20)   not null,
    inspector       varchar(200)  not null,
    note            varchar(1000),
    created_at      timestamptz   not null,
    created_by      varchar(50)   not null,
    version         bigint        not null default 0,
    constraint pk_inspection primary key (id),
    constraint fk_inspection_unit foreign key (unit_id) references unit (id),
    constraint ck_inspection_session check (session in ('MORNING', 'EVENING')),
    constraint ck_inspection_inspector_kind check (inspector_kind in ('REGENT', 'SECRETARY', 'INSPECTORATE', 'HR'))
);

create index ix_inspection_day on inspection (day, unit_id);

-- The employees an inspection found absent.
create table inspection_absentee (
    inspection_id   bigint not null,
    employee_id     bigint not null,
    constraint pk_inspection_absentee primary key (inspection_id, employee_id),
    constraint fk_inspection_absentee_inspection foreign key (inspection_id) references inspection (id) on delete cascade,
    constraint fk_inspection_absentee_employee foreign key (employee_id) references employee (id)
);

create index ix_inspection_absentee_employee on inspection_absentee (employee_id);

-- ShedLock: a scheduled job runs on one instance at a time.
create table shedlock (
    name        varchar(64)  not null,
    lock_until  timestamptz  not null,
    locked_at   timestamptz  not null,
    locked_by   varchar(255) not null,
    constraint pk_shedlock primary key (name)
);
