-- The unit tree (organization module): the Pemda at the root, OPDs below it, sub-units below those.
create table unit (
    id               bigint generated always as identity,
    code             varchar(30)  not null,
    name             varchar(200) not null,
    kind             varchar(20)  not null,
    parent_id        bigint,
    work_pattern     varchar(10)  not null default 'FIVE_DAY',
    -- An employee (employee module). No foreign key: modules only reference downwards; the
    -- organization service checks through the StaffLookup SPI that the head belongs to the unit.
    head_employee_id bigint,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    version          bigint       not null default 0,
    constraint pk_unit primary key (id),
    constraint uk_unit_code unique (code),
    constraint fk_unit_parent foreign key (parent_id) references unit (id),
    constraint ck_unit_code check (code ~ '^[A-Z0-9][A-Z0-9._-]{0,29}$'),
    constraint ck_unit_kind check (kind in ('REGION', 'SECRETARIAT', 'AGENCY', 'BOARD', 'INSPECTORATE', 'DISTRICT',
        'SUBDISTRICT', 'DIVISION', 'TECHNICAL_UNIT', 'SCHOOL', 'HOSPITAL', 'OTHER')),
    constraint ck_unit_work_pattern check (work_pattern in ('FIVE_DAY', 'SIX_DAY')),
    constraint ck_unit_not_own_parent check (parent_id is null or parent_id <> id),
    constraint ck_unit_root_is_region check (parent_id is not null or kind = 'REGION')
);

-- Exactly one Pemda at the root.
create unique index uk_unit_single_root on unit ((parent_id is null)) where parent_id is null;
create index ix_unit_parent on unit (parent_id);
create index ix_unit_head on unit (head_employee_id) where head_employee_id is not null;
