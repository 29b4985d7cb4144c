package id.siapel.report.recap;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import id.siapel.organization.UnitTree;
import id.siapel.organization.UnitView;
import id.siapel.organization.Units;
import id.siapel.shared.SqlArrays;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Documents of months fully in the past, kept in {@code report_cache} (V73) under a
 * fingerprint of everything they show; a changed fingerprint makes the next print new and
 * replaces the row. The fingerprint is one query over small, indexed sets (measured well
 * under 50 ms for the whole regency of 15,000 employees, README "Background jobs"):
 * <ul>
 * <li>the roll-call sheets of the month of the unit, its sub-units and the units above it
 * (a sheet covers the units below its own): their number, versions, last change,
 * submission and cancellation, and the change history of their records (a leave entered
 * for past days changes records without a new sheet version, but writes history);</li>
 * <li>the employees listed and their assignments (name, titles, NIP, unit and
 * dates);</li>
 * <li>the unit tree (codes, names, parents, kinds, work patterns);</li>
 * <li>the Pemda profile, letterhead, signatory and logo (its version and last
 * change);</li>
 * <li>the calendar days of the month and the units they are restricted to.</li>
 * </ul>
 * The unit lists are joined ({@code in (select unnest(...))}, a hashed semi-join) rather
 * than tested with {@code = any(...)}, which compares each row with every unit in turn.
 * {@link #FORMAT} goes into the fingerprint too: raise it when the template changes so
 * that documents made by an older release are made again.
 */
@Component
@RequiredArgsConstructor
class ReportCache {

	/** The layout's version; change it with the template. */
	static final String FORMAT = "recap-monthly-1";

	private final JdbcClient jdbc;

	private final Units units;

	private final Clock clock;

	record Entry(String fileName, byte[] content, int rows) {
	}

	/** The fingerprint of the unit's monthly recap: one statement. */
	@Transactional(readOnly = true)
	String fingerprint(UnitView unit, YearMonth month) {
		UnitTree tree = this.units.tree();
		Set<Long> subtree = tree.subtreeIds(unit.id());
		Set<Long> sheetUnits = new LinkedHashSet<>(subtree);
		tree.path(unit.id()).forEach((above) -> sheetUnits.add(above.id()));
		return this.jdbc
			.sql("""
					with sheets as (
					    select id, version, updated_at, submitted_at, cancelled_at from roll_call
					    where unit_id in (select unnest(:sheetUnits)) and day between :from and :to)
					select md5(concat_ws('|', :format,
					    (select concat_ws(',', count(*), sum(version), max(updated_at), max(submitted_at), max(cancelled_at),
					        count(cancelled_at), count(submitted_at)) from sheets),
					    (select concat_ws(',', count(*), max(c.id)) from attendance_change c
					     where c.roll_call_id in (select id from sheets)),
					    (select md5(string_agg(concat_ws(',', e.id, e.nip, e.front_title, e.name, e.back_title, a.id,
					            a.unit_id, a.valid_from, a.valid_to), ';' order by a.id))
					     from employee e join employee_assignment a on a.employee_id = e.id
					     where a.unit_id in (select unnest(:units)) and (a.valid_from is null or a.valid_from <= :to)
					       and (a.valid_to is null or a.valid_to > :from)),
					    (select md5(string_agg(concat_ws(',', id, code, name, kind, parent_id, work_pattern), ';' order by id))
					     from unit),
					    (select concat_ws(',', version, updated_at) from pemda_profile where id = 1),
					    (select md5(string_agg(concat_ws(',', d.id, d.day, d.kind, d.name, d.name_en, d.all_units,
					            d.version, d.updated_at,
					            (select string_agg(u.unit_id::text, ',' order by u.unit_id) from calendar_day_unit u
					             where u.calendar_day_id = d.id)), ';' order by d.id))
					     from calendar_day d where d.day between :from and :to)))""")
			.param("format", FORMAT)
			.param("sheetUnits", SqlArrays.bigints(sheetUnits))
			.param("units", SqlArrays.bigints(subtree))
			.param("from", month.atDay(1))
			.param("to", month.atEndOfMonth())
			.query(String.class)
			.single();
	}

	@Transactional(readOnly = true)
	Optional<Entry> find(String kind, long unitId, String period, String locale, String fingerprint) {
		return this.jdbc.sql("""
				select file_name, content, row_count from report_cache
				where kind = :kind and unit_id = :unit and period = :period and locale = :locale
				  and fingerprint = :fingerprint""")
			.param("kind", kind)
			.param("unit", unitId)
			.param("period", period)
			.param("locale", locale)
			.param("fingerprint", fingerprint)
			.query((rs, n) -> new Entry(rs.getString("file_name"), rs.getBytes("content"), rs.getInt("row_count")))
			.optional();
	}

	/**
	 * Keeps a document, replacing an older one of the same unit and period, in a
	 * transaction of its own: a job's file and the cache commit apart, and a failed store
	 * costs only the next print's time.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void store(String kind, long unitId, String period, String locale, String fingerprint, String fileName, int rows,
			byte[] content) {
		this.jdbc
			.sql("""
					insert into report_cache (kind, unit_id, period, locale, fingerprint, file_name, row_count, content, created_at)
					values (:kind, :unit, :period, :locale, :fingerprint, :fileName, :rows, :content, :now)
					on conflict (kind, unit_id, period, locale) do update set fingerprint = excluded.fingerprint,
					    file_name = excluded.file_name, row_count = excluded.row_count, content = excluded.content,
					    created_at = excluded.created_at""")
			.param("kind", kind)
			.param("unit", unitId)
			.param("period", period)
			.param("locale", locale)
			.param("fingerprint", fingerprint)
			.param("fileName", fileName)
			.param("rows", rows)
			.param("content", content)
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
	}

}
