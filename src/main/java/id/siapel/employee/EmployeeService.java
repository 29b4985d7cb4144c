package id.siapel.employee;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import id.siapel.organization.UnitView;
import id.siapel.organization.Units;
import id.siapel.security.CurrentUser;
import id.siapel.shared.AuditRecord;
import id.siapel.shared.NotFoundException;
import id.siapel.shared.RuleViolationException;
import id.siapel.shared.RuleViolationException.Problem;
import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to staff (HR and ADMIN): new employees, corrections, transfers (one or many
 * under one decree) and departures. Every change is transactional and audited; the past
 * is never rewritten: a transfer ends the current assignment on its effective date and
 * opens the next one.
 */
@Service
@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
@RequiredArgsConstructor
public class EmployeeService {

	private final EmployeeRepository employees;

	private final AssignmentRepository assignments;

	private final StatusChangeRepository statusChanges;

	private final Units units;

	private final CurrentUser currentUser;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	@Transactional
	public String create(EmployeeInput raw) {
		EmployeeInput input = raw.normalized();
		List<Problem> problems = new ArrayList<>(EmployeeValidator.problems(input, today()));
		UnitView unit = unitOrProblem(input.unitCode(), problems);
		String nip = input.nip();
		if (nip != null && this.employees.existsByNip(nip)) {
			problems.add(new Problem("nip", "employee.nip.duplicate", nip));
		}
		if (!problems.isEmpty()) {
			throw new RuleViolationException(problems);
		}
		LocalDate since = (input.unitSince() != null) ? input.unitSince() : input.serviceStart();
		return persistNew(EmployeeValidator.data(input), unit, since).getNip();
	}

	/**
	 * Saves a validated new employee with their first assignment (also used by the
	 * import).
	 */
	Employee persistNew(EmployeeData data, UnitView unit, LocalDate since) {
		Employee employee = this.employees.save(Employee.create(data, now()));
		this.assignments.save(Assignment.open(employee.getId(), unit.id(), since, employee.getPositionName(), null,
				Assignment.Reason.INITIAL, null, now(), actor()));
		this.events.publishEvent(new AuditRecord("EMPLOYEE_CREATED", employee.getNip(),
				employee.personName().display() + ", " + unit.code() + ((since != null) ? " since " + since : ""),
				unit.code()));
		return employee;
	}

	/** Applies validated corrections (also used by the import). */
	void persistChanges(Employee employee, EmployeeData data) {
		String before = describe(employee);
		employee.apply(data, now());
		this.events
			.publishEvent(new AuditRecord("EMPLOYEE_CHANGED", employee.getNip(), before + " -> " + describe(employee)));
	}

	/** Corrects an employee's data. The NIP and the unit do not change here. */
	@Transactional
	public void update(String nip, EmployeeInput input, long expectedVersion) {
		Employee employee = load(nip);
		if (employee.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Employee.class, employee.getId());
		}
		EmployeeInput withNip = new EmployeeInput(employee.getNip(), input.name(), input.sex(), input.employmentType(),
				input.rank(), input.position(), input.positionKind(), input.echelon(), input.serviceStart(), null,
				null);
		List<Problem> problems = EmployeeValidator.problems(withNip, today());
		if (!problems.isEmpty()) {
			throw new RuleViolationException(problems);
		}
		String before = describe(employee);
		employee.apply(EmployeeValidator.data(withNip), now());
		this.events
			.publishEvent(new AuditRecord("EMPLOYEE_CHANGED", employee.getNip(), before + " -> " + describe(employee)));
	}

	/**
	 * A transfer (mutasi) of one employee: from the effective date on they belong to the
	 * new unit.
	 */
	@Transactional
	public void transfer(String nip, TransferCommand command) {
		List<Problem> problems = new ArrayList<>();
		requireDecree(command.decreeNumber(), command.effectiveDate(), problems);
		Employee employee = load(nip);
		UnitView target = unitOrProblem(command.unitCode(), problems);
		if (!problems.isEmpty()) {
			throw new RuleViolationException(problems);
		}
		move(employee, target, command, null, null, problems);
		if (!problems.isEmpty()) {
			throw new RuleViolationException(problems);
		}
	}

	/**
	 * Many employees, one decree, one date (a Bupati installing 87 officials): all of
	 * them move, or none does and every bad line is reported.
	 */
	@Transactional
	public int massTransfer(MassTransferCommand command) {
		List<Problem> problems = new ArrayList<>();
		requireDecree(command.decreeNumber(), command.effectiveDate(), problems);
		if (command.items().isEmpty()) {
			problems.add(new Problem("items", "transfer.items.required"));
		}
		if (!problems.isEmpty()) {
			throw new RuleViolationException(problems);
		}
		Long batchId = this.jdbc.sql("""
				insert into transfer_batch (decree_number, effective_date, created_at, created_by)
				values (:decree, :date, :now, :by) returning id""")
			.param("decree", command.decreeNumber().strip())
			.param("date", command.effectiveDate())
			.param("now", java.sql.Timestamp.from(now()))
			.param("by", actor())
			.query(Long.class)
			.single();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < command.items().size(); i++) {
			MassTransferCommand.Item item = command.items().get(i);
			int line = i + 1;
			String nip = NipRules.normalize(item.nip());
			if (nip == null || nip.isEmpty()) {
				problems.add(Problem.onLine(line, "nip", "nip.required"));
				continue;
			}
			if (!seen.add(nip)) {
				problems.add(Problem.onLine(line, "nip", "transfer.duplicate", nip));
				continue;
			}
			Employee employee = this.employees.findByNip(nip).orElse(null);
			if (employee == null) {
				problems.add(Problem.onLine(line, "nip", "employee.unknown", nip));
				continue;
			}
			UnitView target = this.units.find(item.unitCode()).orElse(null);
			if (target == null) {
				problems.add(Problem.onLine(line, "unitCode", "unit.unknown", item.unitCode()));
				continue;
			}
			move(employee, target, new TransferCommand(item.unitCode(), command.effectiveDate(), command.decreeNumber(),
					item.position()), batchId, line, problems);
		}
		if (!problems.isEmpty()) {
			throw new RuleViolationException(problems);
		}
		return command.items().size();
	}

	/**
	 * Retirement, dismissal, death or moving to another agency, from the effective date
	 * on.
	 */
	@Transactional
	public void changeStatus(String nip, StatusCommand command) {
		Employee employee = load(nip);
		List<Problem> problems = new ArrayList<>();
		if (command.status() == null || command.status() == EmployeeStatus.ACTIVE) {
			problems.add(new Problem("status", "employee.status.required"));
		}
		if (command.effectiveDate() == null) {
			problems.add(new Problem("effectiveDate", "transfer.date.required"));
		}
		if (!problems.isEmpty()) {
			throw new RuleViolationException(problems);
		}
		Assignment current = currentOrProblem(employee, command.effectiveDate(), problems, null);
		if (!problems.isEmpty()) {
			throw new RuleViolationException(problems);
		}
		current.endOn(command.effectiveDate());
		this.statusChanges.save(new StatusChange(employee.getId(), command.status(), command.effectiveDate(),
				blankToNull(command.decreeNumber()), blankToNull(command.note()), now(), actor()));
		employee.leave(command.status(), command.effectiveDate(), now());
		this.assignments.flush();
		this.units.releaseHeadIfGone(employee.getId(), command.effectiveDate());
		this.events.publishEvent(new AuditRecord("EMPLOYEE_LEFT", employee.getNip(),
				command.status() + " from " + command.effectiveDate() + decreeText(command.decreeNumber())));
	}

	private void move(Employee employee, UnitView target, TransferCommand command, Long batchId, Integer line,
			List<Problem> problems) {
		Assignment current = currentOrProblem(employee, command.effectiveDate(), problems, line);
		if (current == null) {
			return;
		}
		String position = blankToNull(command.position());
		if (current.getUnitId() == target.id() && (position == null || position.equals(current.getPositionName()))) {
			problems.add(new Problem(line, "unitCode", "transfer.sameUnit", employee.getNip(), target.code()));
			return;
		}
		current.endOn(command.effectiveDate());
		this.assignments.saveAndFlush(current);
		String newPosition = (position != null) ? position : current.getPositionName();
		this.assignments.saveAndFlush(Assignment.open(employee.getId(), target.id(), command.effectiveDate(),
				newPosition, command.decreeNumber().strip(), Assignment.Reason.TRANSFER, batchId, now(), actor()));
		if (position != null) {
			employee.moveToPosition(position, now());
		}
		this.units.releaseHeadIfGone(employee.getId(), command.effectiveDate());
		this.events.publishEvent(new AuditRecord("EMPLOYEE_TRANSFERRED", employee.getNip(),
				"unit " + current.getUnitId() + " -> " + target.code() + " from " + command.effectiveDate()
						+ decreeText(command.decreeNumber()),
				target.code()));
	}

	/**
	 * The assignment a transfer or departure on {@code day} ends: the latest one, which
	 * must still be open and must have started before that day.
	 */
	private Assignment currentOrProblem(Employee employee, LocalDate day, List<Problem> problems, Integer line) {
		Assignment latest = this.assignments.latest(employee.getId()).orElse(null);
		if (latest == null || !latest.isOpen() || employee.getStatus() != EmployeeStatus.ACTIVE) {
			problems.add(new Problem(line, "nip", "transfer.notActive", employee.getNip()));
			return null;
		}
		if (latest.getValidFrom() != null && !day.isAfter(latest.getValidFrom())) {
			problems.add(new Problem(line, "effectiveDate", "transfer.beforeCurrent", employee.getNip(),
					latest.getValidFrom()));
			return null;
		}
		return latest;
	}

	private static void requireDecree(String decree, LocalDate date, List<Problem> problems) {
		if (decree == null || decree.isBlank()) {
			problems.add(new Problem("decreeNumber", "transfer.decree.required"));
		}
		if (date == null) {
			problems.add(new Problem("effectiveDate", "transfer.date.required"));
		}
	}

	private UnitView unitOrProblem(String code, List<Problem> problems) {
		if (code == null || code.isBlank()) {
			problems.add(new Problem("unitCode", "employee.unit.required"));
			return null;
		}
		UnitView unit = this.units.find(code).orElse(null);
		if (unit == null) {
			problems.add(new Problem("unitCode", "unit.unknown", code));
		}
		return unit;
	}

	private Employee load(String nip) {
		return this.employees.findByNip(NipRules.normalize(nip))
			.orElseThrow(() -> new NotFoundException("employee.notFound", nip));
	}

	private static String describe(Employee employee) {
		return employee.personName().display() + ", " + employee.getSex() + ", " + employee.getEmploymentType() + ", "
				+ employee.getRank() + ", " + employee.getPositionName() + ", " + employee.getServiceStart();
	}

	private static String decreeText(String decree) {
		return (decree != null && !decree.isBlank()) ? " (SK " + decree.strip() + ")" : "";
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private String actor() {
		return this.currentUser.get().map((user) -> user.getUsername()).orElse("system");
	}

	private Instant now() {
		return this.clock.instant();
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** api.md: {@code {unitCode, effectiveDate, decreeNumber, position?}}. */
	public record TransferCommand(String unitCode, LocalDate effectiveDate, String decreeNumber, String position) {
	}

	/** One decree, one date, many employees. */
	public record MassTransferCommand(String decreeNumber, LocalDate effectiveDate, List<Item> items) {

		public record Item(String nip, String unitCode, String position) {
		}

	}

	/** A departure: status, effective date, decree, note. */
	public record StatusCommand(EmployeeStatus status, LocalDate effectiveDate, String decreeNumber, String note) {
	}

}
