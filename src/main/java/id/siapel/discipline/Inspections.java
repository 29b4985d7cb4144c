package id.siapel.discipline;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.siapel.attendance.Session;
import id.siapel.discipline.DisciplineStore.EmployeeDay;
import id.siapel.employee.EmployeeDirectory;
import id.siapel.employee.NipRules;
import id.siapel.organization.UnitTree;
import id.siapel.organization.UnitView;
import id.siapel.organization.Units;
import id.siapel.security.CurrentUser;
import id.siapel.shared.AuditRecord;
import id.siapel.shared.RuleViolationException;
import id.siapel.shared.SqlArrays;
import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inspections (sidak): who inspected which unit when and whom they found absent. Someone
 * found absent whom the unit's sheet marks present raises {@code INSPECTION_MISMATCH},
 * now or when the sheet is submitted later.
 */
@Service
@RequiredArgsConstructor
public class Inspections {

	private final JdbcClient jdbc;

	private final Units units;

	private final EmployeeDirectory employees;

	private final FlagRaiser flagRaiser;

	private final CurrentUser currentUser;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	@Transactional
	@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
	public long record(RecordInspection command) {
		UnitView unit = this.units.find(command.unitCode())
			.orElseThrow(() -> new RuleViolationException("unitCode", "unit.unknown", command.unitCode()));
		if (command.day() == null) {
			throw new RuleViolationException("day", "inspection.day.required");
		}
		if (command.day().isAfter(LocalDate.now(this.clock))) {
			throw new RuleViolationException("day", "inspection.day.future");
		}
		if (command.session() == null) {
			throw new RuleViolationException("session", "inspection.session.required");
		}
		if (command.inspectorKind() == null) {
			throw new RuleViolationException("inspectorKind", "inspection.inspectorKind.required");
		}
		if (command.inspector() == null || command.inspector().isBlank() || command.inspector().length() > 200) {
			throw new RuleViolationException("inspector", "inspection.inspector.required");
		}
		UnitTree tree = this.units.tree();
		Set<Long> subtree = tree.subtreeIds(unit.id());
		Set<String> nips = new LinkedHashSet<>();
		(command.absentNips() != null ? command.absentNips() : List.<String>of()).stream()
			.filter((nip) -> nip != null && !nip.isBlank())
			.map(NipRules::normalize)
			.forEach(nips::add);
		Map<String, Long> ids = this.employees.idsOf(nips);
		for (String nip : nips) {
			Long id = ids.get(nip);
			Long unitOn = (id != null) ? this.employees.unitOn(nip, command.day()).orElse(null) : null;
			if (unitOn == null || !subtree.contains(unitOn)) {
				throw new RuleViolationException("absentNips", "inspection.employee.notInUnit", nip, unit.code());
			}
		}
		Instant now = this.clock.instant();
		long id = this.jdbc
			.sql("""
					insert into inspection (unit_id, day, session, inspected_at, inspector_kind, inspector, note, created_at,
					    created_by)
					values (:unit, :day, :session, :at, :kind, :inspector, :note, :now, :by) returning id""")
			.param("unit", unit.id())
			.param("day", command.day())
			.param("session", command.session().name())
			.param("at", java.sql.Timestamp.from((command.inspectedAt() != null) ? command.inspectedAt() : now))
			.param("kind", command.inspectorKind().name())
			.param("inspector", command.inspector().strip())
			.param("note", (command.note() != null && !command.note().isBlank()) ? command.note().strip() : null)
			.param("now", java.sql.Timestamp.from(now))
			.param("by", this.currentUser.require().getUsername())
			.query(Long.class)
			.single();
		if (!ids.isEmpty()) {
			this.jdbc.sql("insert into inspection_absentee (inspection_id, employee_id) select :id, unnest(:employees)")
				.param("id", id)
				.param("employees", SqlArrays.bigints(ids.values()))
				.update();
		}
		Set<EmployeeDay> days = new LinkedHashSet<>();
		ids.values().forEach((employee) -> days.add(new EmployeeDay(employee, command.day())));
		this.flagRaiser.evaluate(days);
		this.events.publishEvent(new AuditRecord("INSPECTION_RECORDED", unit.code() + " " + command.day(),
				command.inspectorKind() + " " + command.inspector().strip() + "; absent: " + String.join(", ", nips)));
		return id;
	}

	/**
	 * An inspection to record.
	 *
	 * @param unitCode the unit inspected (with its sub-units)
	 * @param day the day
	 * @param session the roll call it concerns
	 * @param inspectedAt when, optional
	 * @param inspectorKind Bupati, Sekda, Inspektorat or BKPSDM
	 * @param inspector who (name and office)
	 * @param note what was found
	 * @param absentNips the employees found absent
	 */
	public record RecordInspection(String unitCode, LocalDate day, Session session, Instant inspectedAt,
			InspectorKind inspectorKind, String inspector, String note, List<String> absentNips) {
	}

	/** Who inspected. */
	public enum InspectorKind {

		REGENT, SECRETARY, INSPECTORATE, HR

	}

}
