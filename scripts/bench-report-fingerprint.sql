-- The fingerprint of the kept monthly recap PDF (ReportCache), timed in psql on a demo database:
-- psql -h 127.0.0.1 -U postgres -d DATABASE -f scripts/bench-report-fingerprint.sql (whole regency, then DINKES).
\timing on
prepare fp(bigint[], bigint[], date, date) as
with sheets as (
    select id, version, updated_at, submitted_at, cancelled_at from roll_call
    where unit_id in (select unnest($1)) and day between $3 and $4)
select md5(concat_ws('|', 'recap-monthly-1',
    (select concat_ws(',', count(*), sum(version), max(updated_at), max(submitted_at), max(cancelled_at),
        count(cancelled_at), count(submitted_at)) from sheets),
    (select concat_ws(',', count(*), max(c.id)) from attendance_change c
     where c.roll_call_id in (select id from sheets)),
    (select concat_ws(',', count(*), sum(hashtext(concat_ws(',', e.id, e.nip, e.front_title, e.name,
            e.back_title, a.id, a.unit_id, a.valid_from, a.valid_to))::bigint))
     from employee e join employee_assignment a on a.employee_id = e.id
     where a.unit_id in (select unnest($2)) and (a.valid_from is null or a.valid_from <= $4)
       and (a.valid_to is null or a.valid_to > $3)),
    (select md5(string_agg(concat_ws(',', id, code, name, kind, parent_id, work_pattern), ';' order by id))
     from unit),
    (select concat_ws(',', version, updated_at) from pemda_profile where id = 1),
    (select md5(string_agg(concat_ws(',', d.id, d.day, d.kind, d.name, d.name_en, d.all_units,
            d.version, d.updated_at,
            (select string_agg(u.unit_id::text, ',' order by u.unit_id) from calendar_day_unit u
             where u.calendar_day_id = d.id)), ';' order by d.id))
     from calendar_day d where d.day between $3 and $4)));
\set all '(select array_agg(id) from unit)'
select array_agg(id) as allu from unit \gset
with recursive t as (select id from unit where code='DINKES' union all select u.id from unit u join t on u.parent_id=t.id) select array_agg(id) as dinkes from t \gset
select array_agg(id) as dinkesup from unit where code in ('DINKES','SUKAMAJU') \gset
execute fp(:'allu', :'allu', '2026-11-01', '2026-11-30');
execute fp(:'allu', :'allu', '2026-11-01', '2026-11-30');
execute fp(:'allu', :'allu', '2026-11-01', '2026-11-30');
execute fp(:'dinkes', :'dinkes', '2026-11-01', '2026-11-30');
execute fp(:'dinkes', :'dinkes', '2026-11-01', '2026-11-30');
execute fp(:'dinkes', :'dinkes', '2026-11-01', '2026-11-30');
execute fp(:'allu', :'allu', '2026-11-01', '2026-11-30');
execute fp(:'allu', :'allu', '2026-11-01', '2026-11-30');
execute fp(:'allu', :'allu', '2026-11-01', '2026-11-30');
execute fp(:'allu', :'allu', '2026-11-01', '2026-11-30');
execute fp(:'allu', :'allu', '2026-11-01', '2026-11-30');
execute fp(:'allu', :'allu', '2026-11-01', '2026-11-30');
execute fp(:'allu', :'allu', '2026-11-01', '2026-11-30');
