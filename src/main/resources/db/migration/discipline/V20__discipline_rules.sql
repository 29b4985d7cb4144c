-- Discipline rules as data with an effective date (discipline module): how absence is counted, and the
-- sanction ladders per employment type. A later regulation or Perkada adds rows; no code changes.

create table discipline_rule_set (
    id                      bigint generated always as identity,
    effective_from          date         not null,
    -- An unexcused absence at only one of the two roll calls counts as this many minutes (half of 7.5 h).
    single_session_minutes  integer      not null,
    -- Perban BKN 6/2022 (following Perka BKN 21/2010): every 7.5 hours of lateness or early leave = 1 day.
    minutes_per_day         integer      not null,
    -- Consecutive unexcused working days that raise an early-warning flag.
    early_warning_streak    integer      not null,
    note                    varchar(500),
    created_at              timestamptz  not null,
    created_by              varchar(50)  not null,
    constraint pk_discipline_rule_set primary key (id),
    constraint uk_discipline_rule_set_effective_from unique (effective_from),
    constraint ck_discipline_rule_set_values check (single_session_minutes between 0 and 480
        and minutes_per_day between 1 and 1440 and early_warning_streak between 1 and 30)
);

insert into discipline_rule_set (effective_from, single_session_minutes, minutes_per_day, early_warning_streak, note,
    created_at, created_by)
values ('2021-08-31', 225, 450, 3,
    'PP 94/2021 (berlaku 31 Agustus 2021); Perban BKN 6/2022: 7,5 jam terlambat/pulang cepat = 1 hari', now(), 'system');

create table sanction_ladder (
    id                        bigint generated always as identity,
    code                      varchar(20)  not null,
    name                      varchar(200) not null,
    -- Comma-separated employment types the ladder applies to.
    employment_types          varchar(100) not null,
    effective_from            date         not null,
    consecutive_days          integer,
    legal_source              varchar(300) not null,
    created_at                timestamptz  not null,
    created_by                varchar(50)  not null,
    version                   bigint       not null default 0,
    constraint pk_sanction_ladder primary key (id),
    constraint uk_sanction_ladder_code_effective unique (code, effective_from),
    constraint ck_sanction_ladder_consecutive check (consecutive_days is null or consecutive_days between 2 and 60)
);

create table sanction_step (
    id            bigint generated always as identity,
    ladder_id     bigint       not null,
    -- null min_days: the rung of the consecutive-days rule.
    min_days      integer,
    max_days      integer,
    level         varchar(10)  not null,
    sanction      varchar(50)  not null,
    label         varchar(300) not null,
    legal_basis   varchar(300) not null,
    authority     varchar(20)  not null,
    constraint pk_sanction_step primary key (id),
    constraint fk_sanction_step_ladder foreign key (ladder_id) references sanction_ladder (id) on delete cascade,
    constraint ck_sanction_step_level check (level in ('LIGHT', 'MODERATE', 'SEVERE')),
    constraint ck_sanction_step_authority check (authority in ('UNIT_HEAD', 'REGENT')),
    constraint ck_sanction_step_range check (min_days is null or (min_days >= 1 and (max_days is null or max_days >= min_days)))
);

create index ix_sanction_step_ladder on sanction_step (ladder_id);

-- PP 94/2021 for PNS and CPNS (Pasal 9–11; thresholds VERIFIED, article letters as in regulation.md §1.1).
insert into sanction_ladder (code, name, employment_types, effective_from, consecutive_days, legal_source, created_at, created_by)
values ('PNS', 'PP 94/2021 tentang Disiplin PNS', 'PNS,CPNS', '2021-08-31', 10,
    'PP 94/2021 Pasal 9 ayat (2) huruf b, Pasal 10 ayat (2) huruf f, Pasal 11 ayat (2) huruf d', now(), 'system');
insert into sanction_step (ladder_id, min_days, max_days, level, sanction, label, legal_basis, authority)
select l.id, s.min_days::int, s.max_days::int, s.level, s.sanction, s.label, s.legal_basis, s.authority
from sanction_ladder l, (values
    (3, 3, 'LIGHT', 'ORAL_REPRIMAND', 'Teguran lisan', 'PP 94/2021 Pasal 9 ayat (2) huruf b angka 1', 'UNIT_HEAD'),
    (4, 6, 'LIGHT', 'WRITTEN_REPRIMAND', 'Teguran tertulis', 'PP 94/2021 Pasal 9 ayat (2) huruf b angka 2', 'UNIT_HEAD'),
    (7, 10, 'LIGHT', 'STATEMENT_OF_DISSATISFACTION', 'Pernyataan tidak puas secara tertulis',
        'PP 94/2021 Pasal 9 ayat (2) huruf b angka 3', 'UNIT_HEAD'),
    (11, 13, 'MODERATE', 'ALLOWANCE_CUT_6_MONTHS', 'Pemotongan tunjangan kinerja sebesar 25% selama 6 bulan',
        'PP 94/2021 Pasal 10 ayat (2) huruf f angka 1', 'REGENT'),
    (14, 16, 'MODERATE', 'ALLOWANCE_CUT_9_MONTHS', 'Pemotongan tunjangan kinerja sebesar 25% selama 9 bulan',
        'PP 94/2021 Pasal 10 ayat (2) huruf f angka 2', 'REGENT'),
    (17, 20, 'MODERATE', 'ALLOWANCE_CUT_12_MONTHS', 'Pemotongan tunjangan kinerja sebesar 25% selama 12 bulan',
        'PP 94/2021 Pasal 10 ayat (2) huruf f angka 3', 'REGENT'),
    (21, 24, 'SEVERE', 'DEMOTION_12_MONTHS', 'Penurunan jabatan setingkat lebih rendah selama 12 bulan',
        'PP 94/2021 Pasal 11 ayat (2) huruf d angka 1', 'REGENT'),
    (25, 27, 'SEVERE', 'RELIEF_FROM_POSITION_12_MONTHS',
        'Pembebasan dari jabatannya menjadi jabatan pelaksana selama 12 bulan',
        'PP 94/2021 Pasal 11 ayat (2) huruf d angka 2', 'REGENT'),
    (28, null, 'SEVERE', 'DISMISSAL', 'Pemberhentian dengan hormat tidak atas permintaan sendiri sebagai PNS',
        'PP 94/2021 Pasal 11 ayat (2) huruf d angka 3', 'REGENT'),
    (null, null, 'SEVERE', 'DISMISSAL',
        'Pemberhentian dengan hormat tidak atas permintaan sendiri sebagai PNS (10 hari kerja berturut-turut)',
        'PP 94/2021 Pasal 11 ayat (2) huruf d angka 4; gaji dihentikan mulai bulan berikutnya (Perban BKN 6/2022 Pasal 12)',
        'REGENT')
) as s(min_days, max_days, level, sanction, label, legal_basis, authority)
where l.code = 'PNS';

-- PPPK: the Pemda sets the ladder (PP 49/2018 Pasal 52); this default keeps the PNS thresholds, with the
-- light sanctions of the PNS, postponed salary increments as moderate and termination of the work
-- agreement as severe (as taught by BKPP Demak; Pergub Kalbar 2/2024 has the same shape). HR edits it to
-- the Pemda's Perkada.
insert into sanction_ladder (code, name, employment_types, effective_from, consecutive_days, legal_source, created_at, created_by)
values ('PPPK', 'Disiplin PPPK (PP 49/2018 Pasal 52, bawaan SiApel; sesuaikan dengan Perkada)', 'PPPK,PPPK_PART_TIME',
    '2021-08-31', 10, 'PP 49/2018 Pasal 51–53 jo. PP 94/2021', now(), 'system');
insert into sanction_step (ladder_id, min_days, max_days, level, sanction, label, legal_basis, authority)
select l.id, s.min_days::int, s.max_days::int, s.level, s.sanction, s.label, s.legal_basis, s.authority
from sanction_ladder l, (values
    (3, 3, 'LIGHT', 'ORAL_REPRIMAND', 'Teguran lisan', 'PP 49/2018 Pasal 52 jo. PP 94/2021 Pasal 9 ayat (2) huruf b angka 1', 'UNIT_HEAD'),
    (4, 6, 'LIGHT', 'WRITTEN_REPRIMAND', 'Teguran tertulis', 'PP 49/2018 Pasal 52 jo. PP 94/2021 Pasal 9 ayat (2) huruf b angka 2', 'UNIT_HEAD'),
    (7, 10, 'LIGHT', 'STATEMENT_OF_DISSATISFACTION', 'Pernyataan tidak puas secara tertulis',
        'PP 49/2018 Pasal 52 jo. PP 94/2021 Pasal 9 ayat (2) huruf b angka 3', 'UNIT_HEAD'),
    (11, 13, 'MODERATE', 'SALARY_INCREMENT_POSTPONED_1_YEAR', 'Penundaan kenaikan gaji berkala selama 1 tahun',
        'PP 49/2018 Pasal 52 (Perkada disiplin PPPK)', 'REGENT'),
    (14, 16, 'MODERATE', 'SALARY_INCREMENT_POSTPONED_2_YEARS', 'Penundaan kenaikan gaji berkala selama 2 tahun',
        'PP 49/2018 Pasal 52 (Perkada disiplin PPPK)', 'REGENT'),
    (17, 20, 'MODERATE', 'SALARY_INCREMENT_POSTPONED_3_YEARS', 'Penundaan kenaikan gaji berkala selama 3 tahun',
        'PP 49/2018 Pasal 52 (Perkada disiplin PPPK)', 'REGENT'),
    (21, null, 'SEVERE', 'CONTRACT_TERMINATION',
        'Pemutusan hubungan perjanjian kerja dengan hormat tidak atas permintaan sendiri',
        'PP 49/2018 Pasal 53 ayat (2) huruf b', 'REGENT'),
    (null, null, 'SEVERE', 'CONTRACT_TERMINATION',
        'Pemutusan hubungan perjanjian kerja dengan hormat tidak atas permintaan sendiri (10 hari kerja berturut-turut)',
        'PP 49/2018 Pasal 53 ayat (2) huruf b', 'REGENT')
) as s(min_days, max_days, level, sanction, label, legal_basis, authority)
where l.code = 'PPPK';

-- Non-ASN (PTT/honorer): PP 94/2021 does not apply; the counts feed the evaluation of the contract.
insert into sanction_ladder (code, name, employment_types, effective_from, consecutive_days, legal_source, created_at, created_by)
values ('NON_ASN', 'Evaluasi kontrak pegawai non-ASN (bawaan SiApel; sesuaikan dengan SK/perjanjian kerja)', 'NON_ASN',
    '2021-08-31', 10, 'SK pengangkatan / perjanjian kerja; UU 20/2023 Pasal 66', now(), 'system');
insert into sanction_step (ladder_id, min_days, max_days, level, sanction, label, legal_basis, authority)
select l.id, s.min_days::int, s.max_days::int, s.level, s.sanction, s.label, s.legal_basis, s.authority
from sanction_ladder l, (values
    (21, null, 'SEVERE', 'CONTRACT_NOT_RENEWED', 'Rekomendasi: kontrak tidak diperpanjang',
        'Evaluasi kontrak (SK pengangkatan / perjanjian kerja)', 'UNIT_HEAD'),
    (null, null, 'SEVERE', 'CONTRACT_NOT_RENEWED', 'Rekomendasi: kontrak tidak diperpanjang (10 hari kerja berturut-turut)',
        'Evaluasi kontrak (SK pengangkatan / perjanjian kerja)', 'UNIT_HEAD')
) as s(min_days, max_days, level, sanction, label, legal_basis, authority)
where l.code = 'NON_ASN';

-- What each working day of each employee counts, kept current in the transaction of every roll-call
-- write: only days that count something (a full unexcused day, or minutes).
create table discipline_day (
    employee_id     bigint      not null,
    day             date        not null,
    unit_id         bigint      not null,
    full_unexcused  boolean     not null,
    minutes         integer     not null,
    constraint pk_discipline_day primary key (employee_id, day),
    constraint fk_discipline_day_employee foreign key (employee_id) references employee (id),
    constraint ck_discipline_day_counts check (full_unexcused or minutes > 0)
);

create index ix_discipline_day_day on discipline_day (day);

-- Per employee and calendar year: the totals the ladder applies to, kept current with discipline_day, so
-- that reading a standing or a regency-wide recap never scans years of roll calls.
create table discipline_year (
    employee_id       bigint      not null,
    year              integer     not null,
    unexcused_days    integer     not null,
    late_minutes      integer     not null,
    longest_streak    integer     not null,
    last_counted_day  date,
    updated_at        timestamptz not null,
    constraint pk_discipline_year primary key (employee_id, year),
    constraint fk_discipline_year_employee foreign key (employee_id) references employee (id)
);

create index ix_discipline_year_year on discipline_year (year, unexcused_days desc);
