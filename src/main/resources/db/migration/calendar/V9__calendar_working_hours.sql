-- Working hours (calendar module): Pemda settings with an effective date, edited by the administrator.
-- A rule holds the hours of each weekday (Monday 1 … Saturday 6; Saturday for six-day units) outside and
-- during Ramadan, and how long after the start / end of work the apel sheets may still be submitted.
create table working_hours_rule (
    id                     bigint generated always as identity,
    effective_from         date         not null,
    morning_cutoff_minutes integer      not null,
    evening_cutoff_minutes integer      not null,
    note                   varchar(300),
    created_at             timestamptz  not null,
    updated_at             timestamptz  not null,
    version                bigint       not null default 0,
    constraint pk_working_hours_rule primary key (id),
    constraint uk_working_hours_rule_effective_from unique (effective_from),
    constraint ck_working_hours_rule_cutoffs check (morning_cutoff_minutes between 0 and 720
        and evening_cutoff_minutes between 0 and 720)
);

create table working_hours_rule_day (
    rule_id     bigint  not null,
    day_of_week integer not null,
    ramadan     boolean not null,
    start_time  time    not null,
    end_time    time    not null,
    constraint pk_working_hours_rule_day primary key (rule_id, day_of_week, ramadan),
    constraint fk_working_hours_rule_day_rule foreign key (rule_id) references working_hours_rule (id)
        on delete cascade,
    constraint ck_working_hours_rule_day_dow check (day_of_week between 1 and 6),
    constraint ck_working_hours_rule_day_range check (end_time > start_time)
);

-- Ramadan: its own hours (Perpres 21/2023 Pasal 4: 32.5 hours a week, work starts at 08.00).
create table ramadan_period (
    id          bigint generated always as identity,
    name        varchar(100) not null,
    start_date  date         not null,
    end_date    date         not null,
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    version     bigint       not null default 0,
    constraint pk_ramadan_period primary key (id),
    constraint ck_ramadan_period_range check (end_date >= start_date and end_date - start_date <= 31),
    constraint ex_ramadan_period_overlap exclude using gist (daterange(start_date, end_date, '[]') with &&)
);

-- Defaults (regulation.md §3): Perpres 21/2023, 37.5 hours a week from 07.30: Monday–Thursday
-- 07.30–16.00, Friday 07.30–16.30 (the Keppres 68/1995 pattern it kept); Ramadan 08.00–15.00 and
-- Friday 08.00–15.30 (SE MenPANRB 11/2022 pattern). Saturday is only for six-day units (Pasal 7
-- exceptions): 07.30–12.00, Ramadan 08.00–12.00 — a setting to adjust. Apel sheets may be submitted
-- until two hours after the start and one hour after the end of work.
insert into working_hours_rule (effective_from, morning_cutoff_minutes, evening_cutoff_minutes, note, created_at,
    updated_at)
values (date '2023-04-12', 120, 60, 'Perpres 21/2023 Pasal 4 (bawaan SiApel)', now(), now());

insert into working_hours_rule_day (rule_id, day_of_week, ramadan, start_time, end_time)
select r.id, d.day_of_week, d.ramadan, d.start_time, d.end_time
from working_hours_rule r
cross join (values
    (1, false, time '07:30', time '16:00'), (2, false, time '07:30', time '16:00'),
    (3, false, time '07:30', time '16:00'), (4, false, time '07:30', time '16:00'),
    (5, false, time '07:30', time '16:30'), (6, false, time '07:30', time '12:00'),
    (1, true, time '08:00', time '15:00'), (2, true, time '08:00', time '15:00'),
    (3, true, time '08:00', time '15:00'), (4, true, time '08:00', time '15:00'),
    (5, true, time '08:00', time '15:30'), (6, true, time '08:00', time '12:00')
) as d (day_of_week, ramadan, start_time, end_time);

-- Ramadan 1444–1447 H as announced after the government's sidang isbat; each ends the day before
-- Idul Fitri of the SKB list. Not in the reference data: the administrator checks and corrects them.
insert into ramadan_period (name, start_date, end_date, created_at, updated_at)
values ('Ramadan 1444 H', date '2023-03-23', date '2023-04-21', now(), now()),
       ('Ramadan 1445 H', date '2024-03-12', date '2024-04-09', now(), now()),
       ('Ramadan 1446 H', date '2025-03-01', date '2025-03-30', now(), now()),
       ('Ramadan 1447 H', date '2026-02-19', date '2026-03-20', now(), now());
