-- Staff, their dated unit assignments and status changes (employee module).
create extension if not exists btree_gist;
create extension if not exists pg_trgm;

create table employee (
    id              bigint generated always as identity,
    nip             varchar(30)  not null,
    front_title     varchar(60),
    name            varchar(150) not null,
    back_title      varchar(100),
    sex             varchar(1)   not null,
    employment_type varchar(20)  not null,
    rank            varchar(10),
    position_name   varchar(200) not null,
    position_kind   varchar(20)  not null default 'EXECUTOR',
    echelon         varchar(4),
    service_start   date,
    status          varchar(20)  not null default 'ACTIVE',
    status_since    date,
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    version         bigint       not null default 0,
    constraint pk_employee primary key (id),
    constraint uk_employee_nip unique (nip),
    constraint ck_employee_sex check (sex in ('M', 'F')),
    constraint ck_employee_type check (employment_type in ('PNS', 'CPNS', 'PPPK', 'PPPK_PART_TIME', 'NON_ASN')),
    constraint ck_employee_position_kind check (position_kind in ('STRUCTURAL', 'FUNCTIONAL', 'EXECUTOR')),
    constraint ck_employee_echelon check (echelon is null or (echelon in ('II', 'III', 'IV') and position_kind = 'STRUCTURAL')),
    constraint ck_employee_status check (status in ('ACTIVE', 'RETIRED', 'DISMISSED', 'DECEASED', 'MOVED_OUT'))
);

-- Search by any part of the name (trigram) or by the start of the NIP (btree, text_pattern_ops).
create index ix_employee_name_trgm on employee using gin (lower(name) gin_trgm_ops);
create index ix_employee_nip_prefix on employee (nip text_pattern_ops);
create index ix_employee_name on employee (name, id);

-- A mass transfer: one decree, one date, many employees.
create table transfer_batch (
    id             bigint generated always as identity,
    decree_number  varchar(100) not null,
    effective_date date         not null,
    created_at     timestamptz  not null,
    created_by     varchar(50)  not null,
    constraint pk_transfer_batch primary key (id)
);

-- Which unit an employee belongs to on which days: [valid_from, valid_to). A null valid_from means
-- "since before SiApel knew" (records migrated without a start date); a null valid_to means "still".
create table employee_assignment (
    id             bigint generated always as identity,
    employee_id    bigint       not null,
    unit_id        bigint       not null,
    valid_from     date,
    valid_to       date,
    position_name  varchar(200) not null,
    decree_number  varchar(100),
    reason         varchar(20)  not null,
    batch_id       bigint,
    created_at     timestamptz  not null,
    created_by     varchar(50)  not null,
    constraint pk_employee_assignment primary key (id),
    constraint fk_employee_assignment_employee foreign key (employee_id) references employee (id),
    constraint fk_employee_assignment_unit foreign key (unit_id) references unit (id),
    constraint fk_employee_assignment_batch foreign key (batch_id) references transfer_batch (id),
    constraint ck_employee_assignment_range check (valid_to is null or valid_from is null or valid_to > valid_from),
    constraint ck_employee_assignment_reason check (reason in ('INITIAL', 'TRANSFER')),
    -- Every employee belongs to at most one unit on any given day.
    constraint ex_employee_assignment_overlap exclude using gist
        (employee_id with =, daterange(valid_from, valid_to, '[)') with &&)
);

create index ix_employee_assignment_unit on employee_assignment (unit_id, valid_from, valid_to);
create index ix_employee_assignment_employee on employee_assignment (employee_id, valid_from);

-- Leaving the Pemda (retired, dismissed, deceased, moved out), dated like a transfer.
create table employee_status_change (
    id             bigint generated always as identity,
    employee_id    bigint       not null,
    status         varchar(20)  not null,
    effective_date date         not null,
    decree_number  varchar(100),
    note           varchar(500),
    created_at     timestamptz  not null,
    created_by     varchar(50)  not null,
    constraint pk_employee_status_change primary key (id),
    constraint fk_employee_status_change_employee foreign key (employee_id) references employee (id),
    constraint ck_employee_status_change_status check (status in ('RETIRED', 'DISMISSED', 'DECEASED', 'MOVED_OUT'))
);

create index ix_employee_status_change_employee on employee_status_change (employee_id, effective_date);

-- Uploaded import files waiting for the "commit" after the preview.
create table employee_import (
    id          uuid         not null,
    file_name   varchar(255) not null,
    format      varchar(10)  not null,
    content     bytea        not null,
    created_at  timestamptz  not null,
    created_by  varchar(50)  not null,
    constraint pk_employee_import primary key (id),
    constraint ck_employee_import_format check (format in ('CSV', 'XLSX'))
);
