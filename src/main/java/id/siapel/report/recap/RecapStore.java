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
 * fetch size). Whole months come from {@code recap_month}, the days of partial months at
 * the ends of the range from {@code attendance_record}; full unexcused days and minutes
 * from {@code discipline_day}; working days from a mask of each unit's working days
 * passed as a parameter (one character per day of the range).
 */
@Repository
class RecapStore {

	/** Rows fetched per round trip when streaming an export. */
	static final int FETCH_SIZE = 500;

	private static final String STATUS_SUMS = """
			sum(present) as present, sum(late) as late, sum(early_leave) as early_leave,
			sum(permission) as permission, sum(sick) as sick, sum(on_leave) as on_leave,
			sum(official_travel) as official_travel, sum(study) as study, sum(remote) as remote,
			sum(unexcused) as unexcused""";

	private static final String COMMON = """
			with u as materialized (
			    select * from unnest(cast(:units as bigint[]), cast(:opds as bigint[]), cast(:masks as text[]))
			        as u(unit_id, opd_id, mask)),
			src as materialized (
			    select m.employee_id, m.unit_id, m.present, m.late, m.early_leave, m.permission, m.sick, m.on_leave,
			        m.official_travel, m.study, m.remote, m.unexcused
			    from recap_month m
			    where m.month between :monthFrom and :monthTo and m.unit_id = any(cast(:units as bigint[]))
			    union all
			    select r.employee_id, r.unit_id, (r.status = 'PRESENT')::int, (r.status = 'LATE')::int,
			        (r.status = 'EARLY_LEAVE')::int, (r.status = 'PERMISSION')::int, (r.status = 'SICK')::int,
			        (r.status = 'LEAVE')::int, (r.status = 'OFFICIAL_TRAVEL')::int, (r.status = 'STUDY')::int,
			        (r.status = 'REMOTE')::int, (r.status = 'UNEXCUSED')::int
			    from attendance_record r
			    where (r.day between :headFrom and :headTo or r.day between :tailFrom and :tailTo)
			        and r.unit_id = any(cast(:units as bigint[]))),
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

	private static final String EMPLOYEES = COMMON
			+ """
					members as materialized (
					    select a.employee_id,
					        sum(length(replace(substr(u.mask,
					            greatest(coalesce(a.valid_from, cast(:from as date)), cast(:from as date)) - cast(:from as date) + 1,
					            least(coalesce(a.valid_to, cast(:afterTo as date)), cast(:afterTo as date))
					                - greatest(coalesce(a.valid_from, cast(:from as date)), cast(:from as date))),
					            '0', ''))) as working_days,
					        (array_agg(a.unit_id order by a.valid_from desc nulls last))[1] as unit_id
					    from employee_assignment a join u on u.unit_id = a.unit_id
					    where"""
			+ " " + OVERLAPS + """

					    group by a.employee_id),
					counts as materialized (select employee_id,""" + " " + STATUS_SUMS + """
					 from src group by employee_id),
					disc as materialized (
					    select employee_id, count(*) filter (where full_unexcused) as full_days, sum(minutes) as minutes
					    from discipline_day
					    where day between :from and :to and unit_id = any(cast(:units as bigint[]))
					    group by employee_id),
					rows as materialized (
					    select e.id, e.nip as code, e.front_title, e.name, e.back_title, e.employment_type,
					        un.code as unit_code, un.name as unit_name, 0 as employees, m.working_days,
					        coalesce(c.present, 0) as present, coalesce(c.late, 0) as late,
					        coalesce(c.early_leave, 0) as early_leave, coalesce(c.permission, 0) as permission,
					        coalesce(c.sick, 0) as sick, coalesce(c.on_leave, 0) as on_leave,
					        coalesce(c.official_travel, 0) as official_travel, coalesce(c.study, 0) as study,
					        coalesce(c.remote, 0) as remote, coalesce(c.unexcused, 0) as unexcused,
					        coalesce(d.full_days, 0) as full_days, coalesce(d.minutes, 0) as minutes,
					        coalesce(d.minutes, 0) / :perDay as converted
					    from members m join employee e on e.id = m.employee_id join unit un on un.id = m.unit_id
					    left join counts c on c.employee_id = m.employee_id
					    left join disc d on d.employee_id = m.employee_id
					    where""" + " " + TYPE + """
					)
					select rows.*, full_days + converted as total,""" + " " + RATE + """
					, count(*) over () as total_rows from rows
					""";

	private static final String OPDS = COMMON + """
			members as materialized (
			    select distinct a.employee_id, u.opd_id
			    from employee_assignment a join u on u.unit_id = a.unit_id join employee e on e.id = a.employee_id
			    where""" + " " + OVERLAPS + " and " + TYPE + """
			),
			counts as materialized (
			    select s.employee_id, u.opd_id,""" + " " + STATUS_SUMS + """

			    from src s join u on u.unit_id = s.unit_id group by s.employee_id, u.opd_id),
			disc as materialized (
			    select d.employee_id, u.opd_id, count(*) filter (where d.full_unexcused) as full_days,
			        sum(d.minutes) as minutes
			    from discipline_day d join u on u.unit_id = d.unit_id
			    where d.day between :from and :to
			    group by d.employee_id, u.opd_id),
			agg as materialized (
			    select m.opd_id, count(*) as employees, sum(coalesce(c.present, 0)) as present,
			        sum(coalesce(c.late, 0)) as late, sum(coalesce(c.early_leave, 0)) as early_leave,
			        sum(coalesce(c.permission, 0)) as permission, sum(coalesce(c.sick, 0)) as sick,
			        sum(coalesce(c.on_leave, 0)) as on_leave, sum(coalesce(c.official_travel, 0)) as official_travel,
			        sum(coalesce(c.study, 0)) as study, sum(coalesce(c.remote, 0)) as remote,
			        sum(coalesce(c.unexcused, 0)) as unexcused, sum(coalesce(d.full_days, 0)) as full_days,
			        sum(coalesce(d.minutes, 0)) as minutes, sum(coalesce(d.minutes, 0) / :perDay) as converted
			    from members m
			    left join counts c on c.employee_id = m.employee_id and c.opd_id = m.opd_id
			    left join disc d on d.employee_id = m.employee_id and d.opd_id = m.opd_id
			    group by m.opd_id),
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
		List<RecapLine> rows = this.jdbc.query(sql(query) + " limit :limit offset :offset",
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
		String direction = criteria.descending() ? " desc" : " asc";
		return base + " order by " + criteria.sort().sql() + direction + " nulls last, name asc, id asc";
	}

	private static MapSqlParameterSource params(RecapQuery query) {
		RecapCriteria criteria = query.criteria();
		LocalDate from = criteria.from();
		LocalDate to = criteria.to();
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
			.addValue("type", (criteria.type() != null) ? criteria.type().name() : "")
			.addValue("perDay", query.minutesPerDay());
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
