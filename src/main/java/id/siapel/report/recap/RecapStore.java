package id.siapel.report.recap;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

import id.siapel.attendance.AttendanceStatus;
import id.siapel.employee.EmploymentType;
import id.siapel.employee.PersonName;
import id.siapel.shared.SqlArrays;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The recap queries: one grouped statement per page (or per export, read with a streaming
 * fetch size). Whole months come from the kept-current monthly counts,
 * {@code recap_month} for the roll calls and {@code discipline_month} for full unexcused
 * days and minutes, the days of partial months at the ends of the range from
 * {@code attendance_record} and {@code discipline_day}; working days from a mask of each
 * unit's working days passed as a parameter (one character per day of the range). A page
 * of employees sorted by a column that is not a roll-call count counts the roll calls of
 * that page only (issue 15: the regency-wide recap of a year by total under 300 ms).
 */
@Repository
class RecapStore {

	/** Rows fetched per round trip when streaming an export. */
	static final int FETCH_SIZE = 500;

	/** An empty range of months: the first after the last. */
	private static final LocalDate NO_MONTH_FROM = LocalDate.of(2, 1, 1);

	private static final LocalDate NO_MONTH_TO = LocalDate.of(1, 1, 1);

	private static final String STATUS_SUMS = """
			sum(present) as present, sum(late) as late, sum(early_leave) as early_leave,
			sum(permission) as permission, sum(sick) as sick, sum(on_leave) as on_leave,
			sum(official_travel) as official_travel, sum(study) as study, sum(remote) as remote,
			sum(unexcused) as unexcused""";

	/**
	 * The units with their OPD, their working-day mask and the working days of the whole
	 * range (what most assignments, covering the range, count without cutting the mask).
	 */
	private static final String UNITS = """
			with u as materialized (
			    select u.unit_id, u.opd_id, u.mask, length(replace(u.mask, '0', '')) as working_days
			    from unnest(cast(:units as bigint[]), cast(:opds as bigint[]), cast(:masks as text[]))
			        as u(unit_id, opd_id, mask)),
			""";

	/**
	 * The roll calls counted per employee and unit: whole months from the monthly counts,
	 * the loose days at either end from the records; {@code %s} restricts the employees.
	 */
	private static final String COUNTED = """
			    select m.employee_id, m.unit_id, m.present, m.late, m.early_leave, m.permission, m.sick, m.on_leave,
			        m.official_travel, m.study, m.remote, m.unexcused
			    from recap_month m
			    where m.month between :monthFrom and :monthTo and m.unit_id = any(cast(:units as bigint[]))%s
			    union all
			    select r.employee_id, r.unit_id, (r.status = 'PRESENT')::int, (r.status = 'LATE')::int,
			        (r.status = 'EARLY_LEAVE')::int, (r.status = 'PERMISSION')::int, (r.status = 'SICK')::int,
			        (r.status = 'LEAVE')::int, (r.status = 'OFFICIAL_TRAVEL')::int, (r.status = 'STUDY')::int,
			        (r.status = 'REMOTE')::int, (r.status = 'UNEXCUSED')::int
			    from attendance_record r
			    where (r.day between :headFrom and :headTo or r.day between :tailFrom and :tailTo)
			        and r.unit_id = any(cast(:units as bigint[]))%s
			""";

	/**
	 * Full unexcused days and minutes per employee and unit: whole months from
	 * {@code discipline_month}, the loose days from {@code discipline_day}.
	 */
	private static final String DISCIPLINE = """
			    select d.employee_id, d.unit_id, d.full_days, d.minutes
			    from discipline_month d
			    where d.month between :monthFrom and :monthTo and d.unit_id = any(cast(:units as bigint[]))
			    union all
			    select d.employee_id, d.unit_id, d.full_unexcused::int, d.minutes
			    from discipline_day d
			    where (d.day between :headFrom and :headTo or d.day between :tailFrom and :tailTo)
			        and d.unit_id = any(cast(:units as bigint[]))
			""";

	/**
	 * Full unexcused days and minutes per employee in the units of the recap, for the
	 * employee rows: as {@link #DISCIPLINE}, but a whole calendar year of a recap over
	 * every unit from the employees' kept-current years ({@code discipline_year}, the
	 * same sums of the same days: 15,000 rows for a regency's year instead of 12 times as
	 * many months).
	 */
	private static final String EMPLOYEE_DISCIPLINE = """
			    select d.employee_id, d.full_days, d.minutes
			    from discipline_month d
			    where d.month between :discMonthFrom and :discMonthTo and d.unit_id = any(cast(:units as bigint[]))
			    union all
			    select y.employee_id, y.unexcused_days, y.late_minutes
			    from discipline_year y
			    where y.year = :discYear
			    union all
			    select d.employee_id, d.full_unexcused::int, d.minutes
			    from discipline_day d
			    where (d.day between :headFrom and :headTo or d.day between :tailFrom and :tailTo)
			        and d.unit_id = any(cast(:units as bigint[]))
			""";

	/**
	 * {@link RecapLine#attendanceRate()} for sorting: attended of attended plus
	 * unexcused.
	 */
	private static final String RATE = """
			case when present + late + early_leave + unexcused > 0
			    then (present + late + early_leave)::numeric / (present + late + early_leave + unexcused)
			end as attendance_rate""";

	private static final String OVERLAPS = """
			(a.valid_from is null or a.valid_from <= :to) and (a.valid_to is null or a.valid_to > :from)""";

	private static final String TYPE = "(:type = '' or e.employment_type = :type)";

	/**
	 * Each employee assigned in the range, with the working days of his assignments in
	 * the range, the unit of the latest (by {@code valid_from}, an open start the
	 * earliest; the larger unit id between two of the same start) and his full unexcused
	 * days and minutes in the units of the recap: one grouping of his assignments and his
	 * counted days or months.
	 */
	private static final String MEMBERS = """
			members as materialized (
			    select x.employee_id, sum(x.working_days) as working_days, (max(x.latest))[2] as unit_id,
			        sum(x.full_days) as full_days, sum(x.minutes) as minutes
			    from (
			        select a.employee_id, true as member,
			            case when coalesce(a.valid_from, cast(:from as date)) <= cast(:from as date)
			                    and coalesce(a.valid_to, cast(:afterTo as date)) >= cast(:afterTo as date)
			                then u.working_days
			                else length(replace(substr(u.mask,
			                    greatest(coalesce(a.valid_from, cast(:from as date)), cast(:from as date)) - cast(:from as date) + 1,
			                    least(coalesce(a.valid_to, cast(:afterTo as date)), cast(:afterTo as date))
			                        - greatest(coalesce(a.valid_from, cast(:from as date)), cast(:from as date))),
			                    '0', ''))
			            end as working_days,
			            array[coalesce(a.valid_from - date '1900-01-01', -2147483648)::bigint, a.unit_id] as latest,
			            0 as full_days, 0 as minutes
			        from employee_assignment a join u on u.unit_id = a.unit_id
			        where"""
			+ " " + OVERLAPS + """

					union all
					select d.employee_id, false, 0, null, d.full_days, d.minutes
					from (""" + EMPLOYEE_DISCIPLINE + """
					        ) d) x
					    group by x.employee_id
					    having bool_or(x.member)),
					""";

	/** Everything of an employee's row but the roll-call counts. */
	private static final String EMPLOYEE_COLUMNS = """
			select e.id, e.nip as code, e.front_title, e.name, e.back_title, e.employment_type,
			    un.code as unit_code, un.name as unit_name, 0 as employees, m.working_days,
			    coalesce(m.full_days, 0) as full_days, coalesce(m.minutes, 0) as minutes,
			    coalesce(m.minutes, 0) / :perDay as converted
			from members m join employee e on e.id = m.employee_id join unit un on un.id = m.unit_id
			where""" + " " + TYPE + "\n";

	private static final String COUNT_COLUMNS = """
			coalesce(c.present, 0) as present, coalesce(c.late, 0) as late,
			coalesce(c.early_leave, 0) as early_leave, coalesce(c.permission, 0) as permission,
			coalesce(c.sick, 0) as sick, coalesce(c.on_leave, 0) as on_leave,
			coalesce(c.official_travel, 0) as official_travel, coalesce(c.study, 0) as study,
			coalesce(c.remote, 0) as remote, coalesce(c.unexcused, 0) as unexcused""";

	/** Every employee counted, then sorted: for sorts by a count and for exports. */
	private static final String EMPLOYEES = UNITS + MEMBERS + """
			counts as materialized (
			    select s.employee_id,""" + " " + STATUS_SUMS + """

			from (""" + COUNTED.formatted("", "") + """
			    ) s
			    group by s.employee_id),
			rows as materialized (
			    select p.*,""" + " " + COUNT_COLUMNS + """

			from (""" + EMPLOYEE_COLUMNS + """
			    ) p
			    left join counts c on c.employee_id = p.id)
			select rows.*, full_days + converted as total,""" + " " + RATE + """
			, count(*) over () as total_rows from rows
			""";

	/**
	 * One page of employees sorted by a column that needs no roll-call count (the name,
	 * the unit, the working days, the discipline columns: the default sort by total): the
	 * page is chosen first, and only its employees' roll calls are counted, by the
	 * primary keys of {@code recap_month} and {@code attendance_record}, instead of every
	 * employee's. The first {@code %s} is the order, the second the order again.
	 */
	private static final String EMPLOYEE_PAGE = UNITS + MEMBERS + """
			page as materialized (
			    select p.*, p.full_days + p.converted as total, count(*) over () as total_rows
			    from (""" + EMPLOYEE_COLUMNS + """
			    ) p
			    order by %s
			    limit :limit offset :offset),
			counts as materialized (
			    select s.employee_id,""" + " " + STATUS_SUMS + """

			from (""" + COUNTED.formatted(" and m.employee_id in (select id from page)",
			" and r.employee_id in (select id from page)") + """
					    ) s
					    group by s.employee_id),
					rows as materialized (
					    select p.*,""" + " " + COUNT_COLUMNS + """

					    from page p left join counts c on c.employee_id = p.id)
					select rows.*,""" + " " + RATE + """
					 from rows order by %s
					""";

	/**
	 * Per OPD: its members (each employee assigned to one of its units in the range,
	 * once) with their counts and discipline in the OPD's units, added up in one grouping
	 * of the three kinds of rows per employee and OPD instead of joining three groupings
	 * of 15,000 rows; minutes are converted to days per employee, as in the employee
	 * rows.
	 */
	private static final String OPDS = UNITS + """
			per_employee as materialized (
			    select x.employee_id, x.opd_id, bool_or(x.member) as member, sum(x.present) as present,
			        sum(x.late) as late, sum(x.early_leave) as early_leave, sum(x.permission) as permission,
			        sum(x.sick) as sick, sum(x.on_leave) as on_leave, sum(x.official_travel) as official_travel,
			        sum(x.study) as study, sum(x.remote) as remote, sum(x.unexcused) as unexcused,
			        sum(x.full_days) as full_days, sum(x.minutes) as minutes
			    from (
			        select a.employee_id, u.opd_id, true as member, 0 as present, 0 as late, 0 as early_leave,
			            0 as permission, 0 as sick, 0 as on_leave, 0 as official_travel, 0 as study, 0 as remote,
			            0 as unexcused, 0 as full_days, 0 as minutes
			        from employee_assignment a join u on u.unit_id = a.unit_id
			        where""" + " " + OVERLAPS + """

			    and (:type = '' or exists (select 1 from employee e where e.id = a.employee_id
			        and e.employment_type = :type))
			union all
			select s.employee_id, u.opd_id, false, s.present, s.late, s.early_leave, s.permission, s.sick,
			    s.on_leave, s.official_travel, s.study, s.remote, s.unexcused, 0, 0
			from (""" + COUNTED.formatted("", "") + """
			) s
			join u on u.unit_id = s.unit_id
			union all
			select d.employee_id, u.opd_id, false, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, d.full_days, d.minutes
			from (""" + DISCIPLINE + """
			        ) d
			        join u on u.unit_id = d.unit_id) x
			    group by x.employee_id, x.opd_id),
			agg as materialized (
			    select opd_id, count(*) as employees, sum(present) as present, sum(late) as late,
			        sum(early_leave) as early_leave, sum(permission) as permission, sum(sick) as sick,
			        sum(on_leave) as on_leave, sum(official_travel) as official_travel, sum(study) as study,
			        sum(remote) as remote, sum(unexcused) as unexcused, sum(full_days) as full_days,
			        sum(minutes) as minutes, sum(minutes / :perDay) as converted
			    from per_employee where member
			    group by opd_id),
			rows as materialized (
			    select o.opd_id as id, un.code as code, null as front_title, un.name, null as back_title,
			        null as employment_type, un.code as unit_code, un.name as unit_name,
			        coalesce(g.employees, 0) as employees, o.working_days,
			        coalesce(g.present, 0) as present, coalesce(g.late, 0) as late,
			        coalesce(g.early_leave, 0) as early_leave, coalesce(g.permission, 0) as permission,
			        coalesce(g.sick, 0) as sick, coalesce(g.on_leave, 0) as on_leave,
			        coalesce(g.official_travel, 0) as official_travel, coalesce(g.study, 0) as study,
			        coalesce(g.remote, 0) as remote, coalesce(g.unexcused, 0) as unexcused,
			        coalesce(g.full_days, 0) as full_days, coalesce(g.minutes, 0) as minutes,
			        coalesce(g.converted, 0) as converted
			    from unnest(cast(:opdIds as bigint[]), cast(:opdWorkingDays as int[])) as o(opd_id, working_days)
			    join unit un on un.id = o.opd_id
			    left join agg g on g.opd_id = o.opd_id)
			select rows.*, full_days + converted as total,""" + " " + RATE + """
			, count(*) over () as total_rows from rows
			""";

	private final NamedParameterJdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate streaming;

	RecapStore(DataSource dataSource) {
		this.jdbc = new NamedParameterJdbcTemplate(dataSource);
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setFetchSize(FETCH_SIZE);
		this.streaming = new NamedParameterJdbcTemplate(template);
	}

	/**
	 * Minutes of lateness that make one day under the discipline rules in force on the
	 * day (Perban BKN 6/2022: 450; a setting of the discipline module, read from its
	 * table).
	 */
	int minutesPerDay(LocalDate day) {
		List<Integer> values = this.jdbc.queryForList(
				"select minutes_per_day from discipline_rule_set where effective_from <= :day"
						+ " order by effective_from desc limit 1",
				new MapSqlParameterSource("day", day), Integer.class);
		if (values.isEmpty()) {
			values = this.jdbc.queryForList(
					"select minutes_per_day from discipline_rule_set order by effective_from limit 1",
					new MapSqlParameterSource(), Integer.class);
		}
		if (values.isEmpty()) {
			throw new IllegalStateException("discipline_rule_set is empty (migration V20)");
		}
		return values.get(0);
	}

	/** One page, and the number of rows of all pages. */
	Slice page(RecapQuery query, int limit, long offset) {
		long[] total = { 0 };
		List<RecapLine> rows = this.jdbc.query(pageSql(query),
				params(query).addValue("limit", limit).addValue("offset", offset), (rs, n) -> {
					total[0] = rs.getLong("total_rows");
					return line(rs);
				});
		if (rows.isEmpty() && offset > 0) {
			total[0] = this.jdbc.queryForObject("select count(*) from (" + sql(query) + ") q", params(query),
					Long.class);
		}
		return new Slice(rows, total[0]);
	}

	/**
	 * Every row, handed over one at a time while the database sends them; needs a
	 * transaction so that PostgreSQL uses a cursor.
	 */
	void stream(RecapQuery query, Consumer<RecapLine> sink) {
		this.streaming.query(sql(query), params(query), (ResultSet rs) -> sink.accept(line(rs)));
	}

	private static String sql(RecapQuery query) {
		RecapCriteria criteria = query.criteria();
		String base = (criteria.level() == RecapLevel.OPD) ? OPDS : EMPLOYEES;
		return base + " order by " + order(criteria);
	}

	private static String pageSql(RecapQuery query) {
		RecapCriteria criteria = query.criteria();
		if (criteria.level() == RecapLevel.EMPLOYEE && !countedBy(criteria.sort())) {
			return EMPLOYEE_PAGE.formatted(order(criteria), order(criteria));
		}
		return sql(query) + " limit :limit offset :offset";
	}

	/** Whether sorting by this column needs every employee's roll calls counted. */
	static boolean countedBy(RecapColumn sort) {
		return sort.status() != null || sort == RecapColumn.ATTENDANCE_RATE;
	}

	private static String order(RecapCriteria criteria) {
		String direction = criteria.descending() ? " desc" : " asc";
		return criteria.sort().sql() + direction + " nulls last, name asc, id asc";
	}

	private static MapSqlParameterSource params(RecapQuery query) {
		RecapCriteria criteria = query.criteria();
		LocalDate from = criteria.from();
		LocalDate to = criteria.to();
		Integer wholeYear = wholeYear(query);
		return new MapSqlParameterSource().addValue("units", SqlArrays.bigints(query.unitIds()))
			.addValue("opds", SqlArrays.bigints(query.opdOfUnit()))
			.addValue("masks", SqlArrays.texts(query.masks()))
			.addValue("opdIds", SqlArrays.bigints(query.opdIds()))
			.addValue("opdWorkingDays", SqlArrays.integers(query.opdWorkingDays()))
			.addValue("from", from)
			.addValue("to", to)
			.addValue("afterTo", to.plusDays(1))
			.addValue("monthFrom", query.split().monthFrom())
			.addValue("monthTo", query.split().monthTo())
			.addValue("headFrom", query.split().headFrom())
			.addValue("headTo", query.split().headTo())
			.addValue("tailFrom", query.split().tailFrom())
			.addValue("tailTo", query.split().tailTo())
			.addValue("discYear", (wholeYear != null) ? wholeYear : 0)
			.addValue("discMonthFrom", (wholeYear != null) ? NO_MONTH_FROM : query.split().monthFrom())
			.addValue("discMonthTo", (wholeYear != null) ? NO_MONTH_TO : query.split().monthTo())
			.addValue("type", (criteria.type() != null) ? criteria.type().name() : "")
			.addValue("perDay", query.minutesPerDay());
	}

	/**
	 * The calendar year whose discipline the employee rows read from
	 * {@code discipline_year}: when the recap covers every unit and its whole months are
	 * exactly that year (a range of at most 366 days holds at most one); otherwise
	 * {@code null}.
	 */
	static Integer wholeYear(RecapQuery query) {
		LocalDate first = query.split().monthFrom();
		LocalDate last = query.split().monthTo();
		if (query.allUnits() && first.getMonthValue() == 1 && last.getMonthValue() == 12
				&& first.getYear() == last.getYear()) {
			return first.getYear();
		}
		return null;
	}

	private static RecapLine line(ResultSet rs) throws SQLException {
		int[] counts = new int[AttendanceStatus.values().length];
		for (RecapColumn column : RecapColumn.values()) {
			if (column.status() != null) {
				counts[column.status().ordinal()] = rs.getInt(column.sql());
			}
		}
		String type = rs.getString("employment_type");
		String name = (type != null)
				? new PersonName(rs.getString("front_title"), rs.getString("name"), rs.getString("back_title"))
					.display()
				: rs.getString("name");
		return new RecapLine(rs.getString("code"), name, rs.getString("unit_code"), rs.getString("unit_name"),
				(type != null) ? EmploymentType.valueOf(type) : null, rs.getInt("employees"), rs.getInt("working_days"),
				counts, rs.getInt("full_days"), rs.getInt("minutes"), rs.getInt("converted"), rs.getInt("total"));
	}

	/** A page of rows and the count of all. */
	record Slice(List<RecapLine> rows, long total) {
	}

}
