package id.siapel.organization;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.siapel.shared.AuditRecord;
import id.siapel.shared.RuleViolationException;
import id.siapel.shared.RuleViolationException.Problem;
import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates a whole unit tree and sets its heads in a few statements, where {@link Units}
 * takes several round trips per unit. The same rules apply (code format, unique codes,
 * one Pemda at the root, heads who belong to their unit), checked for every unit before
 * anything is written; all or nothing. For loading a regency at once (the demo). No role
 * check: it is not an HR action, and the caller decides who may load.
 */
@Component
@RequiredArgsConstructor
public class UnitLoader {

	private final JdbcClient jdbc;

	private final StaffLookup staff;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/**
	 * Creates the units, each parent listed before its children (a parent may also exist
	 * already). Returns the new units' ids by code.
	 */
	@Transactional
	public Map<String, Long> createAll(List<Units.NewUnit> units) {
		Map<String, Long> ids = existingIds();
		boolean rootExists = this.jdbc.sql("select count(*) from unit where parent_id is null")
			.query(Long.class)
			.single() > 0;
		List<Problem> problems = new ArrayList<>();
		Map<String, Integer> levels = new HashMap<>();
		List<List<Units.NewUnit>> byLevel = new ArrayList<>();
		for (int i = 0; i < units.size(); i++) {
			Units.NewUnit unit = units.get(i);
			int line = i + 1;
			String code = Units.normalize(unit.code());
			String parent = Units.normalize(unit.parentCode());
			if (!Units.CODE.matcher(code).matches()) {
				problems.add(Problem.onLine(line, "code", "unit.code.invalid"));
			}
			else if (ids.containsKey(code) || levels.containsKey(code)) {
				problems.add(Problem.onLine(line, "code", "unit.code.duplicate", code));
			}
			if (unit.name() == null || unit.name().isBlank()) {
				problems.add(Problem.onLine(line, "name", "unit.name.required"));
			}
			if (unit.kind() == null) {
				problems.add(Problem.onLine(line, "kind", "unit.kind.required"));
			}
			int level = 0;
			if (parent.isEmpty()) {
				if (unit.kind() != UnitKind.REGION) {
					problems.add(Problem.onLine(line, "parentCode", "unit.parent.required"));
				}
				else if (rootExists) {
					problems.add(Problem.onLine(line, "parentCode", "unit.root.exists"));
				}
				rootExists = true;
			}
			else if (unit.kind() == UnitKind.REGION) {
				problems.add(Problem.onLine(line, "kind", "unit.region.isRoot"));
			}
			else if (levels.containsKey(parent)) {
				level = levels.get(parent) + 1;
			}
			else if (!ids.containsKey(parent)) {
				problems.add(Problem.onLine(line, "parentCode", "unit.unknown", unit.parentCode()));
			}
			levels.putIfAbsent(code, level);
			while (byLevel.size() <= level) {
				byLevel.add(new ArrayList<>());
			}
			byLevel.get(level).add(unit);
		}
		if (!problems.isEmpty()) {
			throw new RuleViolationException(problems);
		}
		Map<String, Long> created = new LinkedHashMap<>();
		// One statement per level of the tree: a child needs its parent's id, and the
		// database refuses a unit without a parent unless it is the Pemda.
		for (List<Units.NewUnit> level : byLevel) {
			insert(level, ids, created);
		}
		this.events.publishEvent(new AuditRecord("UNITS_LOADED", null, created.size() + " units"));
		return created;
	}

	private void insert(List<Units.NewUnit> units, Map<String, Long> ids, Map<String, Long> created) {
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc.sql("""
				insert into unit (code, name, kind, parent_id, work_pattern, created_at, updated_at)
				select x.code, x.name, x.kind, x.parent_id, x.work_pattern, :now, :now
				from unnest(:codes::text[], :names::text[], :kinds::text[], :parents::bigint[], :patterns::text[])
				    as x(code, name, kind, parent_id, work_pattern)
				returning id, code""")
			.param("codes", units.stream().map((unit) -> Units.normalize(unit.code())).toArray(String[]::new))
			.param("names", units.stream().map((unit) -> unit.name().strip()).toArray(String[]::new))
			.param("kinds", units.stream().map((unit) -> unit.kind().name()).toArray(String[]::new))
			.param("parents",
					units.stream().map((unit) -> ids.get(Units.normalize(unit.parentCode()))).toArray(Long[]::new))
			.param("patterns",
					units.stream()
						.map((unit) -> (unit.workPattern() != null) ? unit.workPattern() : WorkPattern.FIVE_DAY)
						.map(WorkPattern::name)
						.toArray(String[]::new))
			.param("now", now)
			.query((rs) -> {
				ids.put(rs.getString("code"), rs.getLong("id"));
				created.put(rs.getString("code"), rs.getLong("id"));
			});
	}

	/**
	 * Sets the heads of many units (employee id by unit code) in one statement; each must
	 * belong to that very unit today, as {@link Units#assignHead} requires.
	 */
	@Transactional
	public void assignHeads(Map<String, Long> headByUnitCode) {
		Map<String, Long> ids = existingIds();
		List<Problem> problems = new ArrayList<>();
		Map<Long, Long> employeeByUnit = new LinkedHashMap<>();
		headByUnitCode.forEach((code, employeeId) -> {
			Long unitId = ids.get(Units.normalize(code));
			if (unitId == null) {
				problems.add(new Problem("unitCode", "unit.unknown", code));
			}
			else {
				employeeByUnit.put(unitId, employeeId);
			}
		});
		if (problems.isEmpty()) {
			Set<Long> wrong = this.staff.unitsNotStaffedBy(employeeByUnit, LocalDate.now(this.clock));
			Map<Long, StaffLookup.StaffMember> people = this.staff
				.describe(wrong.stream().map(employeeByUnit::get).toList());
			ids.forEach((code, unitId) -> {
				if (wrong.contains(unitId)) {
					StaffLookup.StaffMember head = people.get(employeeByUnit.get(unitId));
					problems.add(new Problem("nip", "unit.head.notInUnit",
							(head != null) ? head.nip() : employeeByUnit.get(unitId), code));
				}
			});
		}
		if (!problems.isEmpty()) {
			throw new RuleViolationException(problems);
		}
		List<Map.Entry<Long, Long>> pairs = new ArrayList<>(employeeByUnit.entrySet());
		this.jdbc.sql("""
				update unit u set head_employee_id = x.employee_id, updated_at = :now, version = u.version + 1
				from unnest(:units::bigint[], :employees::bigint[]) as x(unit_id, employee_id)
				where u.id = x.unit_id""")
			.param("units", pairs.stream().map(Map.Entry::getKey).toArray(Long[]::new))
			.param("employees", pairs.stream().map(Map.Entry::getValue).toArray(Long[]::new))
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
		this.events.publishEvent(new AuditRecord("UNIT_HEADS_SET", null, pairs.size() + " units"));
	}

	private Map<String, Long> existingIds() {
		Map<String, Long> ids = new HashMap<>();
		this.jdbc.sql("select id, code from unit").query((rs) -> {
			ids.put(rs.getString("code"), rs.getLong("id"));
		});
		return ids;
	}

}
