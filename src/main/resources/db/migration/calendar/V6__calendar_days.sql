-- The work calendar (calendar module): typed days that change a unit's working week.

-- Every write to the calendar's tables moves this row to a new value in the same transaction, so
-- that each application instance knows with one tiny query whether its in-memory calendar is
-- still current (WorkCalendars). The value comes from a sequence: a rolled-back write never
-- leaves behind a value that a later write could reuse. Updating the one row also makes calendar
-- writes take turns, so the duplicate checks of two simultaneous writes cannot both pass.
create sequence calendar_revision_seq;

create table calendar_revision (
    id          integer     not null,
    revision    bigint      not null,
    changed_at  timestamptz not null,
    constraint pk_calendar_revision primary key (id),
    constraint ck_calendar_revision_single check (id = 1)
);

insert into calendar_revision (id, revision, changed_at) values (1, nextval('calendar_revision_seq'), now());

-- A national holiday, cuti bersama, regional holiday or dispensation (REMOTE_WORK) on one date,
-- with the legal instrument that set it (SKB, Keppres, SE: number and date) and where the entry
-- came from. all_units is false when the day applies only to the units in calendar_day_unit and
-- everything below them.
create table calendar_day (
    id              bigint generated always as identity,
    day             date          not null,
    kind            varchar(20)   not null,
    name            varchar(200)  not null,
    name_en         varchar(200),
    instrument      varchar(300),
    instrument_date date,
    source          varchar(1000),
    all_units       boolean       not null default true,
    created_at      timestamptz   not null,
    updated_at      timestamptz   not null,
    version         bigint        not null default 0,
    constraint pk_calendar_day primary key (id),
    constraint ck_calendar_day_kind check (kind in ('NATIONAL_HOLIDAY', 'COLLECTIVE_LEAVE', 'REGIONAL_HOLIDAY',
        'REMOTE_WORK')),
    constraint ck_calendar_day_range check (day between date '2000-01-01' and date '2100-12-31')
);

-- At most one day of a kind for all units on a date (restricted days are checked by the service,
-- which needs the unit tree to see whether two unit sets overlap).
create unique index uk_calendar_day_all_units on calendar_day (day, kind) where all_units;
create index ix_calendar_day_day on calendar_day (day);

create table calendar_day_unit (
    calendar_day_id bigint not null,
    unit_id         bigint not null,
    constraint pk_calendar_day_unit primary key (calendar_day_id, unit_id),
    constraint fk_calendar_day_unit_day foreign key (calendar_day_id) references calendar_day (id) on delete cascade,
    constraint fk_calendar_day_unit_unit foreign key (unit_id) references unit (id)
);

create index ix_calendar_day_unit_unit on calendar_day_unit (unit_id);
