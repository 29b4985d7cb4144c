-- Masa pemantauan (calendar module): a date range in which OPD heads watch attendance closely, e.g. the
-- Pilkada stages, with the circular (SE) of the Sekda that ordered it.
create table monitoring_period (
    id              bigint generated always as identity,
    name            varchar(200) not null,
    kind            varchar(20)  not null,
    start_date      date         not null,
    end_date        date         not null,
    circular_number varchar(150),
    circular_date   date,
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    version         bigint       not null default 0,
    constraint pk_monitoring_period primary key (id),
    constraint ck_monitoring_period_kind check (kind in ('ELECTION', 'POST_HOLIDAY', 'OTHER')),
    constraint ck_monitoring_period_range check (end_date >= start_date),
    constraint ck_monitoring_period_years check (start_date >= date '2000-01-01' and end_date <= date '2100-12-31')
);

create index ix_monitoring_period_dates on monitoring_period (start_date, end_date);
