-- Finished documents of months fully in the past (issue 15): the monthly recap PDF of a unit is made
-- once and served again while the fingerprint of everything it shows (the roll calls of the unit's
-- subtree in that month and their corrections, the employees and assignments listed, the unit tree,
-- the Pemda profile with letterhead and logo, the calendar days of the month) is unchanged. A changed
-- fingerprint replaces the row. The application writes it; nothing else refers to it, so rows may be
-- deleted at any time (they are made again on the next print).
create table report_cache (
    kind         varchar(40)  not null,
    unit_id      bigint       not null,
    period       varchar(20)  not null,
    locale       varchar(10)  not null,
    fingerprint  varchar(64)  not null,
    file_name    varchar(200) not null,
    row_count    integer      not null,
    content      bytea        not null,
    created_at   timestamptz  not null,
    constraint pk_report_cache primary key (kind, unit_id, period, locale)
);
