package id.siapel.employee;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import id.siapel.employee.importing.ImportFileException;
import id.siapel.employee.importing.ImportTable;
import id.siapel.organization.UnitTree;
import id.siapel.organization.UnitView;
import id.siapel.organization.Units;
import id.siapel.security.CurrentUser;
import id.siapel.shared.AuditRecord;
import id.siapel.shared.InputLimits;
import id.siapel.shared.NotFoundException;
import id.siapel.shared.RuleViolationException;
import id.siapel.shared.RuleViolationException.Problem;
import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports staff from CSV or XLSX (headers as in the downloadable template, the English
 * keys of the create body, or a SIASN export; see {@link ImportColumns}): every line is
 * checked first and every bad cell reported once, with its line and column; only a file
 * without a single bad line is saved, all of it in one transaction. A NIP already known
 * updates that employee; moving someone to another unit is a transfer, never an import.
 */
@Service
@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
@RequiredArgsConstructor
public class EmployeeImport {

	private final EmployeeRepository employees;

	private final EmployeeService service;

	private final EmployeeDirectory directory;

	private final Units units;

	private final CurrentUser currentUser;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final InputLimits limits;

	/** Checks and saves at once (the API): all lines or none. */
	@Transactional
	public Outcome importNow(String fileName, byte[] content) {
		Plan plan = plan(read(content));
		if (!plan.problems().isEmpty()) {
			throw new RuleViolationException(plan.problems());
		}
		return apply(fileName, plan);
	}

	/** Keeps an upload for the preview page; returns its id. */
	@Transactional
	public UUID upload(String fileName, byte[] content) {
		if (read(content).lines().isEmpty()) {
			throw new RuleViolationException("file", "import.file.headerOnly");
		}
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into employee_import (id, file_name, format, content, created_at, created_by)
				values (:id, :name, :format, :content, :now, :by)""")
			.param("id", id)
			.param("name", (fileName != null && !fileName.isBlank()) ? fileName : "upload")
			.param("format", ImportTable.Format.of(content).name())
			.param("content", content)
			.param("now", java.sql.Timestamp.from(this.clock.instant()))
			.param("by", actor())
			.update();
		return id;
	}

	/** What committing the upload would do, with every bad line. */
	@Transactional(readOnly = true)
	public Preview preview(UUID id) {
		Upload upload = load(id);
		Plan plan = plan(read(upload.content()));
		return new Preview(id, upload.fileName(), plan.lines().size(), plan.creates(), plan.updates(), plan.report(),
				plan.lines().stream().limit(20).map(PlannedLine::summary).toList(), plan.headerRow().ignored());
	}

	/** Saves the upload if (still) no line is bad, then forgets it. */
	@Transactional
	public Outcome commit(UUID id) {
		Upload upload = load(id);
		Plan plan = plan(read(upload.content()));
		if (!plan.problems().isEmpty()) {
			throw new RuleViolationException(plan.problems());
		}
		Outcome outcome = apply(upload.fileName(), plan);
		discard(id);
		return outcome;
	}

	@Transactional
	public void discard(UUID id) {
		this.jdbc.sql("delete from employee_import where id = :id and created_by = :by")
			.param("id", id)
			.param("by", actor())
			.update();
	}

	private Outcome apply(String fileName, Plan plan) {
		int created = 0;
		int updated = 0;
		for (PlannedLine line : plan.lines()) {
			EmployeeData data = EmployeeValidator.data(line.input());
			if (line.existing() == null) {
				LocalDate since = (line.input().unitSince() != null) ? line.input().unitSince()
						: line.input().serviceStart();
				this.service.persistNew(data, line.unit(), since);
				created++;
			}
			else {
				this.service.persistChanges(line.existing(), data);
				updated++;
			}
		}
		this.events.publishEvent(
				new AuditRecord("EMPLOYEES_IMPORTED", fileName, created + " created, " + updated + " updated"));
		return new Outcome(created, updated);
	}

	private Plan plan(ImportTable table) {
		List<Problem> problems = new ArrayList<>();
		ImportColumns.HeaderRow headerRow = ImportColumns.read(table.headers());
		Map<ImportColumns, String> headers = headerRow.columns();
		for (String unknown : headerRow.unknown()) {
			problems.add(Problem.onLine(1, null, "import.column.unknown", unknown, ImportColumns.templateHeaders(),
					ImportColumns.apiKeys()));
		}
		for (ImportColumns column : ImportColumns.values()) {
			if (column.required() && !headers.containsKey(column)) {
				problems.add(Problem.onLine(1, column.field(), "import.column.missing", column.header()));
			}
		}
		if (!headers.containsKey(ImportColumns.UNIT_CODE) && !headers.containsKey(ImportColumns.UNIT_NAME)) {
			problems.add(Problem.onLine(1, "unitCode", "import.column.unit.missing", ImportColumns.UNIT_CODE.header(),
					ImportColumns.UNIT_NAME.header()));
		}
		if (!problems.isEmpty()) {
			return new Plan(List.of(), problems, headerRow);
		}
		UnitTree tree = this.units.tree();
		Map<String, UnitView> unitsByName = new HashMap<>();
		tree.root()
			.ifPresent((root) -> tree.flatten(List.of(root.id()))
				.forEach((node) -> unitsByName.putIfAbsent(node.unit().name().toLowerCase(Locale.ROOT), node.unit())));
		Set<String> nips = new HashSet<>();
		for (ImportTable.Line line : table.lines()) {
			nips.add(NipRules.normalize(cell(line, headers, ImportColumns.NIP)));
		}
		Map<String, Employee> existing = new HashMap<>();
		this.employees.findByNipIn(nips).forEach((employee) -> existing.put(employee.getNip(), employee));
		LocalDate today = LocalDate.now(this.clock);
		Set<String> seen = new HashSet<>();
		List<PlannedLine> planned = new ArrayList<>();
		for (ImportTable.Line line : table.lines()) {
			List<Problem> lineProblems = new ArrayList<>();
			EmployeeInput input = input(line, headers, tree, unitsByName, lineProblems);
			if (EmployeeImportTemplate.isExample(input)) {
				problems.add(Problem.onLine(line.number(), null, "import.example"));
				continue;
			}
			// One message per bad cell: a cell that could not be read is not reported
			// again as missing, nor are the rules that depend on it.
			Set<String> unread = new HashSet<>();
			lineProblems.forEach((p) -> unread.addAll(dependents(p.field())));
			EmployeeValidator.problems(input, today)
				.stream()
				.filter((p) -> !unread.contains(p.field()))
				.forEach((p) -> lineProblems
					.add(Problem.onLine(line.number(), p.field(), p.messageKey(), p.arguments())));
			String nip = input.nip();
			if (nip != null && !nip.isEmpty() && !seen.add(nip)) {
				lineProblems.add(Problem.onLine(line.number(), "nip", "import.nip.repeated", nip));
			}
			Employee known = existing.get(nip);
			UnitView unit = (input.unitCode() != null) ? tree.byCode(input.unitCode()).orElse(null) : null;
			if (known != null && unit != null) {
				long current = this.directory.currentUnitId(known.getId());
				if (current != unit.id()) {
					lineProblems.add(Problem.onLine(line.number(), "unitCode", "import.unitChange", nip,
							tree.byId(current).map(UnitView::code).orElse("?")));
				}
			}
			if (lineProblems.isEmpty()) {
				planned.add(new PlannedLine(line.number(), input, known, unit));
			}
			problems.addAll(lineProblems);
		}
		if (table.lines().isEmpty()) {
			problems.add(Problem.onLine(1, null, "import.file.noLines"));
		}
		return new Plan(planned, problems, headerRow);
	}

	/** The field itself and the fields whose rules read it. */
	private static Set<String> dependents(String field) {
		if ("positionKind".equals(field)) {
			return Set.of(field, "echelon");
		}
		return (field != null) ? Set.of(field) : Set.of();
	}

	private static EmployeeInput input(ImportTable.Line line, Map<ImportColumns, String> headers, UnitTree tree,
			Map<String, UnitView> unitsByName, List<Problem> problems) {
		int number = line.number();
		String nip = NipRules.normalize(cell(line, headers, ImportColumns.NIP));
		if (nip != null && nip.matches("[0-9.]+[Ee]\\+?[0-9]+")) {
			problems.add(Problem.onLine(number, "nip", "import.nip.numeric"));
		}
		PersonName name = headers.containsKey(ImportColumns.FRONT_TITLE)
				|| headers.containsKey(ImportColumns.BACK_TITLE)
						? PersonName.of(cell(line, headers, ImportColumns.FRONT_TITLE),
								cell(line, headers, ImportColumns.NAME), cell(line, headers, ImportColumns.BACK_TITLE))
						: PersonName.parse(cell(line, headers, ImportColumns.NAME));
		Sex sex = parse(line, headers, ImportColumns.SEX, ImportColumns::sex, problems);
		EmploymentType type = parse(line, headers, ImportColumns.EMPLOYMENT_TYPE, ImportColumns::type, problems);
		PositionKind kind = parse(line, headers, ImportColumns.POSITION_KIND, ImportColumns::positionKind, problems);
		Echelon echelon = parse(line, headers, ImportColumns.ECHELON, ImportColumns::echelon, problems);
		LocalDate serviceStart = parse(line, headers, ImportColumns.SERVICE_START, ImportColumns::date, problems);
		LocalDate unitSince = parse(line, headers, ImportColumns.UNIT_SINCE, ImportColumns::date, problems);
		String unitCode = null;
		String code = cell(line, headers, ImportColumns.UNIT_CODE);
		String unitName = cell(line, headers, ImportColumns.UNIT_NAME);
		if (!code.isEmpty()) {
			unitCode = tree.byCode(code).map(UnitView::code).orElse(null);
			if (unitCode == null) {
				problems.add(Problem.onLine(number, "unitCode", "unit.unknown", code));
			}
		}
		else if (!unitName.isEmpty()) {
			UnitView unit = unitsByName.get(unitName.toLowerCase(Locale.ROOT));
			if (unit == null) {
				problems.add(Problem.onLine(number, "unitCode", "import.unitName.unknown", unitName));
			}
			else {
				unitCode = unit.code();
			}
		}
		else {
			problems.add(Problem.onLine(number, "unitCode", "employee.unit.required"));
		}
		String rank = cell(line, headers, ImportColumns.RANK);
		return new EmployeeInput(nip, name, sex, type, rank.isEmpty() ? null : rank,
				cell(line, headers, ImportColumns.POSITION), kind, echelon, serviceStart, unitCode, unitSince);
	}

	private static <T> T parse(ImportTable.Line line, Map<ImportColumns, String> headers, ImportColumns column,
			java.util.function.Function<String, Optional<T>> parser, List<Problem> problems) {
		String value = cell(line, headers, column);
		if (value.isEmpty()) {
			return null;
		}
		Optional<T> parsed = parser.apply(value);
		if (parsed.isEmpty()) {
			problems.add(Problem.onLine(line.number(), column.field(), "import.value.invalid." + column.name(), value));
		}
		return parsed.orElse(null);
	}

	private static String cell(ImportTable.Line line, Map<ImportColumns, String> headers, ImportColumns column) {
		String header = headers.get(column);
		String value = (header != null) ? line.cells().get(header) : null;
		return (value != null) ? value.strip() : "";
	}

	private ImportTable read(byte[] content) {
		try {
			return ImportTable.read(content, this.limits);
		}
		catch (ImportFileException ex) {
			throw new RuleViolationException("file", ex.messageKey(), ex.arguments());
		}
	}

	/**
	 * The caller's upload, unless it is gone (committed, discarded or purged) or older
	 * than {@code siapel.limits.staged-import-ttl}: an expired upload is refused even
	 * before the purge has removed it.
	 */
	private Upload load(UUID id) {
		Upload upload = this.jdbc
			.sql("select file_name, content, created_at from employee_import where id = :id and created_by = :by")
			.param("id", id)
			.param("by", actor())
			.query((rs, n) -> new Upload(rs.getString("file_name"), rs.getBytes("content"),
					rs.getTimestamp("created_at").toInstant()))
			.optional()
			.orElseThrow(UploadGoneException::new);
		if (StagedImports.expired(upload.createdAt(), this.clock.instant(), this.limits.stagedImportTtl())) {
			throw new UploadGoneException();
		}
		return upload;
	}

	private String actor() {
		return this.currentUser.require().getUsername();
	}

	private record Upload(String fileName, byte[] content, java.time.Instant createdAt) {
	}

	/**
	 * The staged upload no longer exists or is past its time to live: the user uploads
	 * the file again (404 in general; the import pages show the upload form with the
	 * reason).
	 */
	public static class UploadGoneException extends NotFoundException {

		UploadGoneException() {
			super("import.expired");
		}

	}

	private record PlannedLine(int line, EmployeeInput input, Employee existing, UnitView unit) {

		PreviewLine summary() {
			return new PreviewLine(this.line, this.input.nip(), this.input.name().display(), this.input.unitCode(),
					this.existing == null);
		}

	}

	private record Plan(List<PlannedLine> lines, List<Problem> problems, ImportColumns.HeaderRow headerRow) {

		List<ReportedProblem> report() {
			return this.problems.stream()
				.map((p) -> new ReportedProblem(p.line(), this.headerRow.label(p.field()), p.messageKey(),
						p.arguments()))
				.toList();
		}

		int creates() {
			return (int) this.lines.stream().filter((line) -> line.existing() == null).count();
		}

		int updates() {
			return this.lines.size() - creates();
		}

	}

	/** api.md: {@code {created, updated}}. */
	public record Outcome(int created, int updated) {
	}

	/** What the preview page shows. */
	public record Preview(UUID id, String fileName, int goodLines, int creates, int updates,
			List<ReportedProblem> problems, List<PreviewLine> sample, List<String> ignoredColumns) {

		public boolean canCommit() {
			return this.problems.isEmpty() && this.goodLines > 0;
		}

	}

	/**
	 * A problem as the preview lists it.
	 *
	 * @param line the line of the file (the header is line 1)
	 * @param column the column at fault, by its Indonesian header, or {@code null}
	 * @param messageKey what is wrong
	 * @param arguments the message's values
	 */
	public record ReportedProblem(Integer line, String column, String messageKey, Object[] arguments) {
	}

	/** A good line as the preview lists it. */
	public record PreviewLine(int line, String nip, String name, String unitCode, boolean isNew) {
	}

}
