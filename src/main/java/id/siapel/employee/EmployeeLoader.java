package id.siapel.employee;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import id.siapel.organization.UnitTree;
import id.siapel.organization.UnitView;
import id.siapel.organization.Units;
import id.siapel.security.CurrentUser;
import id.siapel.shared.AuditRecord;
import id.siapel.shared.RuleViolationException;
import id.siapel.shared.RuleViolationException.Problem;
import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates many employees with their first assignment in two statements, where
 * {@link EmployeeService#create} takes several round trips per person: a regency of
 * 15,000 loads in seconds. The same rules apply ({@link EmployeeValidator}, a known unit,
 * a NIP not yet taken), checked for every line before anything is written; all or
 * nothing. For loading a whole regency (the demo). No role check: it is not an HR action,
 * and the caller decides who may load.
 */
@Component
@RequiredArgsConstructor
public class EmployeeLoader {

	private final JdbcClient jdbc;

	private final Units units;

	private final CurrentUser currentUser;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/**
	 * Creates the employees, each in its {@code unitCode} from {@code unitSince} (or from
	 * the service start when absent). Returns their ids by NIP.
	 * @param source what the employees come from, for the audit trail
	 */
	@Transactional
	public Map<String, Long> createAll(String source, List<EmployeeInput> inputs) {
		LocalDate today = LocalDate.now(this.clock);
		UnitTree tree = this.units.tree();
		List<Problem> problems = new ArrayList<>();
		List<EmployeeData> employees = new ArrayList<>(inputs.size());
		List<Long> unitIds = new ArrayList<>(inputs.size());
		List<LocalDate> since = new ArrayList<>(inputs.size());
		Set<String> nips = new HashSet<>();
		for (int i = 0; i < inputs.size(); i++) {
			EmployeeInput input = inputs.get(i).normalized();
			int line = i + 1;
			List<Problem> own = EmployeeValidator.problems(input, today);
			own.forEach((p) -> problems.add(Problem.onLine(line, p.field(), p.messageKey(), p.arguments())));
			UnitView unit = tree.byCode(input.unitCode()).orElse(null);
			if (unit == null) {
				problems.add(Problem.onLine(line, "unitCode", "unit.unknown", input.unitCode()));
			}
			if (input.nip() != null && !nips.add(input.nip())) {
				problems.add(Problem.onLine(line, "nip", "employee.nip.duplicate", input.nip()));
			}
			if (own.isEmpty() && unit != null) {
				employees.add(EmployeeValidator.data(input));
				unitIds.add(unit.id());
				since.add((input.unitSince() != null) ? input.unitSince() : input.serviceStart());
			}
		}
		if (problems.isEmpty()) {
			this.jdbc.sql("select nip from employee where nip = any(:nips::text[])")
				.param("nips", nips.toArray(String[]::new))
				.query(String.class)
				.list()
				.forEach((nip) -> problems.add(new Problem("nip", "employee.nip.duplicate", nip)));
		}
		if (!problems.isEmpty()) {
			throw new RuleViolationException(problems);
		}
		Map<String, Long> ids = insertEmployees(employees);
		insertAssignments(employees, unitIds, since, ids);
		// Statistics now, not when autovacuum comes round (never where it is off): until
		// then the planner takes the tables for nearly empty and plans the lists badly.
		this.jdbc.sql("analyze employee, employee_assignment").update();
		this.events.publishEvent(new AuditRecord("EMPLOYEES_LOADED", source, employees.size() + " employees"));
		return ids;
	}

	private Map<String, Long> insertEmployees(List<EmployeeData> employees) {
		Map<String, Long> ids = new LinkedHashMap<>();
		this.jdbc.sql("""
				insert into employee (nip, front_title, name, back_title, sex, employment_type, rank, position_name,
				                      position_kind, echelon, service_start, status, created_at, updated_at)
				select x.nip, x.front_title, x.name, x.back_title, x.sex, x.employment_type, x.rank, x.position_name,
				       x.position_kind, x.echelon, x.service_start, 'ACTIVE', :now, :now
				from unnest(:nips::text[], :fronts::text[], :names::text[], :backs::text[], :sexes::text[],
				            :types::text[], :ranks::text[], :positions::text[], :kinds::text[], :echelons::text[],
				            :starts::date[])
				    as x(nip, front_title, name, back_title, sex, employment_type, rank, position_name, position_kind,
				         echelon, service_start)
				returning id, nip""")
			.param("nips", column(employees, EmployeeData::nip))
			.param("fronts", column(employees, (e) -> e.name().front()))
			.param("names", column(employees, (e) -> e.name().name()))
			.param("backs", column(employees, (e) -> e.name().back()))
			.param("sexes", column(employees, (e) -> e.sex().name()))
			.param("types", column(employees, (e) -> e.employmentType().name()))
			.param("ranks", column(employees, EmployeeData::rank))
			.param("positions", column(employees, EmployeeData::position))
			.param("kinds", column(employees, (e) -> e.positionKind().name()))
			.param("echelons", column(employees, (e) -> (e.echelon() != null) ? e.echelon().name() : null))
			.param("starts", column(employees, (e) -> Objects.toString(e.serviceStart(), null)))
			.param("now", Timestamp.from(this.clock.instant()))
			.query((rs) -> {
				ids.put(rs.getString("nip"), rs.getLong("id"));
			});
		return ids;
	}

	private void insertAssignments(List<EmployeeData> employees, List<Long> unitIds, List<LocalDate> since,
			Map<String, Long> ids) {
		this.jdbc.sql("""
				insert into employee_assignment (employee_id, unit_id, valid_from, position_name, reason, created_at,
				                                 created_by)
				select x.employee_id, x.unit_id, x.valid_from, x.position_name, 'INITIAL', :now, :by
				from unnest(:employees::bigint[], :units::bigint[], :froms::date[], :positions::text[])
				    as x(employee_id, unit_id, valid_from, position_name)""")
			.param("employees", employees.stream().map((e) -> ids.get(e.nip())).toArray(Long[]::new))
			.param("units", unitIds.toArray(Long[]::new))
			.param("froms", since.stream().map((day) -> Objects.toString(day, null)).toArray(String[]::new))
			.param("positions", column(employees, EmployeeData::position))
			.param("now", Timestamp.from(this.clock.instant()))
			.param("by", this.currentUser.get().map((user) -> user.getUsername()).orElse("system"))
			.update();
	}

	private static String[] column(List<EmployeeData> employees, Function<EmployeeData, String> value) {
		return employees.stream().map(value).toArray(String[]::new);
	}

}
