package id.siapel.employee;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.siapel.organization.UnitScope;
import id.siapel.organization.UnitScopes;
import id.siapel.organization.UnitTree;
import id.siapel.organization.UnitView;
import id.siapel.organization.Units;
import id.siapel.shared.NotFoundException;
import id.siapel.shared.SqlArrays;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading staff: the searchable list, the profile, and who belongs to which unit on a
 * given day (the roster every roll call is made of). Reads respect the acting user's unit
 * scope. Also the lock a write of attendance takes on the people it writes.
 */
@Service
@RequiredArgsConstructor
public class EmployeeDirectory {

	/**
	 * An employee's current unit: the latest assignment already started today; for
	 * someone whose only assignment starts later, that one. Also right for people who
	 * left (their last unit).
	 */
	static final String CURRENT_UNIT = """
			cross join lateral (
			    select x.unit_id from employee_assignment x where x.employee_id = e.id
			    order by (x.valid_from is null or x.valid_from <= :today) desc, x.valid_from desc nulls last
			    limit 1) cu
			""";

	/**
	 * The same rule for every employee at once, for lists: one pass over the assignments
	 * (sort, keep each employee's first) hash-joined to the employees. Looking each
	 * employee up in a loop as {@link #CURRENT_UNIT} does costs about 10 µs a row, which
	 * made counting a 15,000-employee regency, or an OPD of 4,000 teachers, take 150–300
	 * ms; this takes 15–40 ms. {@code %s} narrows the assignments read, e.g. to employees
	 * who ever belonged to the units asked for.
	 */
	static final String CURRENT_UNITS = """
			join (
			    select distinct on (x.employee_id) x.employee_id, x.unit_id from employee_assignment x
			    %s
			    order by x.employee_id, (x.valid_from is null or x.valid_from <= :today) desc,
			             x.valid_from desc nulls last) cu on cu.employee_id = e.id
			""";

	private static final String STATUS_TODAY = """
			case when e.status <> 'ACTIVE' and e.status_since > :today then 'ACTIVE' else e.status end""";

	private final JdbcClient jdbc;

	private final Units units;

	private final UnitScopes scopes;

	private final EmployeeRepository employees;

	private final AssignmentRepository assignments;

	private final StatusChangeRepository statusChanges;

	private final Clock clock;

	/** One page of the list, newest data, sorted by name; within the user's scope. */
	@Transactional(readOnly = true)
	public EmployeePage search(EmployeeFilter filter, int page, int size) {
		UnitTree tree = this.units.tree();
		UnitScope scope = this.scopes.current();
		StringBuilder where = new StringBuilder(" where true");
		Map<String, Object> params = new HashMap<>();
		params.put("today", LocalDate.now(this.clock));
		if (filter.q() != null && !filter.q().isBlank()) {
			String q = filter.q().strip();
			where.append(" and (e.nip like :nipPrefix or lower(e.name) like :nameLike)");
			params.put("nipPrefix", escapeLike(nipPrefix(q)) + "%");
			params.put("nameLike", "%" + escapeLike(q.toLowerCase(java.util.Locale.ROOT)) + "%");
		}
		if (filter.type() != null) {
			where.append(" and e.employment_type = :type");
			params.put("type", filter.type().name());
		}
		if (filter.status() != null) {
			where.append(" and ").append(STATUS_TODAY).append(" = :status");
			params.put("status", filter.status().name());
		}
		Set<Long> unitIds = null;
		if (filter.unitCode() != null && !filter.unitCode().isBlank()) {
			UnitView unit = tree.byCode(filter.unitCode())
				.orElseThrow(() -> new NotFoundException("unit.notFound", filter.unitCode()));
			scope.require(unit.id());
			unitIds = tree.subtreeIds(unit.id());
		}
		else if (!scope.all()) {
			unitIds = scope.unitIds();
		}
		String assignments = "";
		if (unitIds != null) {
			if (unitIds.isEmpty()) {
				return new EmployeePage(List.of(), page, size, 0);
			}
			where.append(" and cu.unit_id in (:unitIds)");
			params.put("unitIds", unitIds);
			// Only people who ever belonged to these units can belong to them now: a
			// puskesmas's 60 staff are found through the unit index, not by reading all.
			assignments = "where x.employee_id in (select a.employee_id from employee_assignment a"
					+ " where a.unit_id in (:unitIds))";
		}
		String from = " from employee e " + CURRENT_UNITS.formatted(assignments);
		long total = this.jdbc.sql("select count(*)" + from + where).params(params).query(Long.class).single();
		params.put("limit", size);
		params.put("offset", (long) page * size);
		List<EmployeeRow> rows = this.jdbc
			.sql("""
					select e.nip, e.front_title, e.name, e.back_title, e.employment_type, e.rank, e.position_name,
					       e.sex, e.service_start, cu.unit_id, %s as status_today""".formatted(STATUS_TODAY) + from
					+ where + " order by e.name, e.id limit :limit offset :offset")
			.params(params)
			.query((rs, n) -> row(rs, tree))
			.list();
		return new EmployeePage(rows, page, size, total);
	}

	/**
	 * The profile of an employee in the user's scope (404 unknown, 403 outside the
	 * scope).
	 */
	@Transactional(readOnly = true)
	public EmployeeProfile profile(String nip) {
		Employee employee = this.employees.findByNip(NipRules.normalize(nip))
			.orElseThrow(() -> new NotFoundException("employee.notFound", nip));
		UnitTree tree = this.units.tree();
		long unitId = currentUnitId(employee.getId());
		this.scopes.current().require(unitId);
		LocalDate today = LocalDate.now(this.clock);
		List<EmployeeProfile.AssignmentLine> history = this.assignments.history(employee.getId()).stream().map((a) -> {
			UnitView unit = tree.byId(a.getUnitId()).orElseThrow();
			return new EmployeeProfile.AssignmentLine(a.getValidFrom(), a.getValidTo(), unit.code(), unit.name(),
					a.getPositionName(), a.getDecreeNumber(), a.getReason().name(),
					EmployeeProfile.Timing.on(today, a.getValidFrom(), a.getValidTo()));
		}).toList();
		// A transfer with a new position records it at once; until its TMT the position
		// in force is the current assignment's.
		String position = history.stream().anyMatch(EmployeeProfile.AssignmentLine::planned) ? history.stream()
			.filter(EmployeeProfile.AssignmentLine::current)
			.reduce((first, second) -> second)
			.map(EmployeeProfile.AssignmentLine::position)
			.orElse(employee.getPositionName()) : employee.getPositionName();
		List<EmployeeProfile.DepartureLine> departures = this.statusChanges
			.findByEmployeeIdOrderByEffectiveDateAsc(employee.getId())
			.stream()
			.map((s) -> new EmployeeProfile.DepartureLine(s.getStatus(), s.getEffectiveDate(), s.getDecreeNumber(),
					s.getNote()))
			.toList();
		List<String> path = tree.path(unitId).stream().skip(1).map(UnitView::name).toList();
		return new EmployeeProfile(employee.getNip(), employee.personName(), employee.getSex(),
				employee.getEmploymentType(), employee.getRank(), position, employee.getPositionKind(),
				employee.getEchelon(), employee.getServiceStart(), employee.statusOn(today), employee.getStatusSince(),
				tree.byId(unitId).orElseThrow().code(), path, history, departures, employee.getVersion());
	}

	/**
	 * Who belongs to the given units on the day (an assignment covering it), by name. One
	 * query, whatever the number of people.
	 */
	@Transactional(readOnly = true)
	public List<RosterEntry> roster(Collection<Long> unitIds, LocalDate day) {
		if (unitIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select e.id, e.nip, e.front_title, e.name, e.back_title, a.unit_id, a.position_name, e.employment_type
				from employee_assignment a join employee e on e.id = a.employee_id
				where a.unit_id in (:unitIds)
				  and (a.valid_from is null or a.valid_from <= :day)
				  and (a.valid_to is null or a.valid_to > :day)
				order by e.name, e.id""")
			.param("unitIds", unitIds)
			.param("day", day)
			.query((rs, n) -> new RosterEntry(rs.getLong("id"), rs.getString("nip"), displayName(rs),
					rs.getLong("unit_id"), rs.getString("position_name"),
					EmploymentType.valueOf(rs.getString("employment_type"))))
			.list();
	}

	/** The unit an employee belongs to on a day, if any. */
	@Transactional(readOnly = true)
	public java.util.Optional<Long> unitOn(String nip, LocalDate day) {
		return this.jdbc.sql("""
				select a.unit_id from employee_assignment a join employee e on e.id = a.employee_id
				where e.nip = :nip and (a.valid_from is null or a.valid_from <= :day)
				  and (a.valid_to is null or a.valid_to > :day)""")
			.param("nip", NipRules.normalize(nip))
			.param("day", day)
			.query(Long.class)
			.optional();
	}

	long currentUnitId(long employeeId) {
		return this.jdbc.sql("select cu.unit_id from employee e " + CURRENT_UNIT + " where e.id = :id")
			.param("id", employeeId)
			.param("today", LocalDate.now(this.clock))
			.query(Long.class)
			.single();
	}

	/** Display names of employees by id. */
	@Transactional(readOnly = true)
	public Map<Long, String> displayNames(Collection<Long> employeeIds) {
		Map<Long, String> names = new LinkedHashMap<>();
		if (!employeeIds.isEmpty()) {
			this.jdbc.sql("select e.id, e.front_title, e.name, e.back_title from employee e where e.id in (:ids)")
				.param("ids", employeeIds)
				.query((rs) -> {
					names.put(rs.getLong("id"), displayName(rs));
				});
		}
		return names;
	}

	private static EmployeeRow row(ResultSet rs, UnitTree tree) throws SQLException {
		UnitView unit = tree.byId(rs.getLong("unit_id")).orElse(null);
		return new EmployeeRow(rs.getString("nip"), displayName(rs),
				EmploymentType.valueOf(rs.getString("employment_type")), rs.getString("rank"),
				rs.getString("position_name"), (unit != null) ? unit.code() : null, (unit != null) ? unit.name() : null,
				EmployeeStatus.valueOf(rs.getString("status_today")), Sex.valueOf(rs.getString("sex")),
				rs.getObject("service_start", LocalDate.class));
	}

	static String displayName(ResultSet rs) throws SQLException {
		return new PersonName(rs.getString("front_title"), rs.getString("name"), rs.getString("back_title")).display();
	}

	/**
	 * A NIP as people type it: in groups ("19850312 201001 1 002") or with dashes or dots
	 * between the groups; non-ASN numbers keep their letters, dots and dashes.
	 */
	static String nipPrefix(String q) {
		String compact = q.replaceAll("\\s+", "");
		return compact.matches("[0-9.-]+") ? compact.replaceAll("[.-]", "") : compact;
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	/**
	 * Who these employees are and where they are today, in one query, for modules that
	 * hold employee ids (discipline lists, reports). No scope check: the caller filters.
	 */
	@Transactional(readOnly = true)
	public Map<Long, StaffSummary> summaries(Collection<Long> employeeIds) {
		Map<Long, StaffSummary> found = new HashMap<>();
		if (employeeIds.isEmpty()) {
			return found;
		}
		this.jdbc.sql("""
				select e.id, e.nip, e.front_title, e.name, e.back_title, e.employment_type, e.echelon, cu.unit_id
				from employee e
				""" + CURRENT_UNIT + """
				where e.id = any(:ids)""")
			.param("ids", id.siapel.shared.SqlArrays.bigints(employeeIds))
			.param("today", LocalDate.now(this.clock))
			.query((rs) -> {
				found.put(rs.getLong("id"),
						new StaffSummary(rs.getLong("id"), rs.getString("nip"), displayName(rs),
								EmploymentType.valueOf(rs.getString("employment_type")),
								(rs.getString("echelon") != null) ? Echelon.valueOf(rs.getString("echelon")) : null,
								rs.getLong("unit_id")));
			});
		return found;
	}

	/**
	 * Every assignment that overlaps a range, with a little about the employee, in one
	 * query: for loading history in bulk. No scope check: the caller decides.
	 */
	@Transactional(readOnly = true)
	public List<AssignmentSpan> assignmentsOverlapping(LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				select a.employee_id, a.unit_id, a.valid_from, a.valid_to, e.sex, e.employment_type
				from employee_assignment a join employee e on e.id = a.employee_id
				where (a.valid_from is null or a.valid_from <= :to) and (a.valid_to is null or a.valid_to > :from)
				order by a.employee_id, a.valid_from nulls first""")
			.param("from", from)
			.param("to", to)
			.query(EmployeeDirectory::span)
			.list();
	}

	/**
	 * One employee's assignments that overlap the days {@code [from, to]}, oldest first
	 * (one with no start date first): whether someone stayed in a unit for a whole range.
	 * No scope check: the caller decides.
	 */
	@Transactional(readOnly = true)
	public List<AssignmentSpan> assignmentsOf(long employeeId, LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				select a.employee_id, a.unit_id, a.valid_from, a.valid_to, e.sex, e.employment_type
				from employee_assignment a join employee e on e.id = a.employee_id
				where a.employee_id = :employeeId
				  and (a.valid_from is null or a.valid_from <= :to) and (a.valid_to is null or a.valid_to > :from)
				order by a.valid_from nulls first""")
			.param("employeeId", employeeId)
			.param("from", from)
			.param("to", to)
			.query(EmployeeDirectory::span)
			.list();
	}

	private static AssignmentSpan span(ResultSet rs, int row) throws SQLException {
		return new AssignmentSpan(rs.getLong("employee_id"), rs.getLong("unit_id"),
				rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
				Sex.valueOf(rs.getString("sex")), EmploymentType.valueOf(rs.getString("employment_type")));
	}

	/**
	 * An employee in a unit on the days [from, to).
	 *
	 * @param from first day, {@code null}: since before SiApel knew
	 * @param to the day the employee left the unit, {@code null}: still there
	 */
	public record AssignmentSpan(long employeeId, long unitId, LocalDate from, LocalDate to, Sex sex,
			EmploymentType employmentType) {

		public boolean covers(LocalDate day) {
			return (this.from == null || !this.from.isAfter(day)) && (this.to == null || this.to.isAfter(day));
		}

	}

	/**
	 * Locks these employees' rows until the calling transaction ends, so that it alone
	 * reads and writes their attendance and what is counted from it. Every writer of
	 * roll-call records (a sheet, a leave registration) calls this before it reads their
	 * records, and every count kept from the records is computed in that same
	 * transaction: a second writer of the same people waits here, then reads what the
	 * first committed, instead of both counting from snapshots that miss each other's
	 * rows.
	 * <p>
	 * One statement, rows locked in id order, so two writers never deadlock. Row locks,
	 * not one advisory lock per employee: advisory locks share PostgreSQL's lock table
	 * (about {@code max_locks_per_transaction × max_connections} slots for the whole
	 * server), which a few simultaneous sheets of thousands of people would exhaust ("out
	 * of shared memory"); a row lock is kept in the row itself. {@code FOR NO KEY UPDATE}
	 * does not block the {@code FOR KEY SHARE} locks that foreign keys to the employee
	 * take, so inserting records, leave or counts of a locked employee does not wait.
	 * Changing an employee's own data waits for the lock (and Hibernate orders its
	 * updates by id: no deadlock there either).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void lockForAttendance(Collection<Long> employeeIds) {
		if (employeeIds.isEmpty()) {
			return;
		}
		this.jdbc.sql("select id from employee where id = any(:ids) order by id for no key update")
			.param("ids", SqlArrays.bigints(employeeIds))
			.query(Long.class)
			.list();
	}

	/**
	 * {@link #lockForAttendance} for every employee: for counting a range of days again
	 * for everyone (after a rule changed), which must not interleave with a single save.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void lockAllForAttendance() {
		this.jdbc.sql("select id from employee order by id for no key update").query(Long.class).list();
	}

	/** Ids of employees, for callers that hold NIPs. */
	@Transactional(readOnly = true)
	public Map<String, Long> idsOf(Collection<String> nips) {
		Map<String, Long> ids = new HashMap<>();
		for (Employee employee : this.employees.findByNipIn(new ArrayList<>(nips))) {
			ids.put(employee.getNip(), employee.getId());
		}
		return ids;
	}

}
