package id.siapel.report.sanctions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import id.siapel.discipline.DecidedCaseView;
import id.siapel.discipline.SanctionCases;
import id.siapel.employee.EmployeeDirectory;
import id.siapel.employee.EmployeeProfile;
import id.siapel.organization.Units;
import id.siapel.report.PdfRenderer;
import id.siapel.security.CurrentUser;
import id.siapel.security.Role;
import id.siapel.security.SiapelUser;
import id.siapel.shared.AuditRecord;
import id.siapel.shared.NotFoundException;
import id.siapel.shared.RuleViolationException;
import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Sekda's sanction list and the statement of no sanction: the rows and texts as
 * printed (always in Indonesian: they are official documents), the PDF with letterhead,
 * signature block and QR code, and the snapshot the QR code opens.
 */
@Service
@RequiredArgsConstructor
@PreAuthorize("hasAnyRole('HR', 'SECRETARY', 'ADMIN')")
class SanctionDocuments {

	static final Locale DOCUMENT_LOCALE = Locale.forLanguageTag("id");

	static final String LIST_TEMPLATE = "report/pdf/sanction-list";

	static final String STATEMENT_TEMPLATE = "report/pdf/statement";

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", DOCUMENT_LOCALE);

	static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy HH.mm", DOCUMENT_LOCALE);

	private final SanctionCases cases;

	private final EmployeeDirectory employees;

	private final Units units;

	private final PdfRenderer renderer;

	private final PrintedDocuments documents;

	private final CurrentUser currentUser;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final KeptDocuments kept;

	private final Clock clock;

	/** The list as the printable page shows it. */
	@Transactional(readOnly = true)
	public SanctionList list(SanctionListQuery query) {
		LocalDate[] period = period(query);
		String unitName = null;
		if (query.unit() != null && !query.unit().isBlank()) {
			unitName = this.units.find(query.unit().strip().toUpperCase(Locale.ROOT))
				.orElseThrow(() -> new NotFoundException("unit.notFound", query.unit()))
				.name();
		}
		String level = (query.level() != null && !query.level().isBlank()) ? query.level().strip() : null;
		List<DecidedCaseView> decided = this.cases.decided(period[0], period[1], query.unit(), level);
		List<DocumentSnapshot.Fact> facts = new ArrayList<>();
		facts.add(new DocumentSnapshot.Fact(text("sanctionList.fact.period"),
				text("sanctionList.periodText", DATE.format(period[0]), DATE.format(period[1]))));
		facts.add(new DocumentSnapshot.Fact(text("sanctionList.fact.unit"),
				(unitName != null) ? unitName : text("sanctionList.allUnits")));
		facts.add(new DocumentSnapshot.Fact(text("sanctionList.fact.level"),
				(level != null) ? text("level." + level) : text("sanctionList.allLevels")));
		List<List<String>> rows = new ArrayList<>();
		int number = 1;
		for (DecidedCaseView c : decided) {
			rows.add(List.of(String.valueOf(number++), c.name(), c.nip(), orDash(c.rank()), orDash(c.position()),
					c.unitName(), violation(c), sanction(c), decree(c), effective(c.effectiveFrom(), c.effectiveTo())));
		}
		return new SanctionList(period[0], period[1], unitName, level, facts, columns(), rows, decided);
	}

	/**
	 * What the list's template needs besides the document (the benchmark calls it too).
	 */
	static void putListModel(Map<String, Object> model, DocumentSnapshot snapshot) {
		model.put("sheets", SanctionListSheets.of(snapshot.columns(), snapshot.rows()));
	}

	/** Prints the list: keeps its snapshot and renders the PDF. */
	@Transactional
	public byte[] listPdf(SanctionListQuery query, String baseUrl) {
		PrintedList printed = printList(query);
		return this.kept.list(printed.snapshot(), printed.code(), baseUrl);
	}

	/**
	 * Prints the list without rendering it yet: keeps its snapshot under a new
	 * verification code and writes its audit line. The PDF is then made from the kept
	 * snapshot, in the request or, for a long list, by a {@link SanctionListPdfJob}.
	 */
	@Transactional
	public PrintedList printList(SanctionListQuery query) {
		SanctionList list = list(query);
		DocumentSnapshot snapshot = snapshot("SANCTION_LIST", text("sanctionList.documentTitle"), list.facts(),
				list.columns(), list.rows());
		String code = this.documents.keep(snapshot);
		this.events.publishEvent(new AuditRecord("SANCTION_LIST_PRINTED", code,
				list.rows().size() + " rows; "
						+ list.facts()
							.stream()
							.map((fact) -> fact.label() + ": " + fact.value())
							.collect(Collectors.joining("; "))));
		return new PrintedList(code, snapshot);
	}

	/**
	 * The statement that an employee has no sanction on record; refused while a sanction
	 * is in force. An employee with past sanctions only gets the statement that none is
	 * in force, with the past ones listed (the document must not say "never").
	 */
	@Transactional
	public byte[] statementPdf(String nip, String baseUrl) {
		EmployeeProfile employee = this.employees.profile(nip);
		LocalDate today = LocalDate.now(this.clock);
		List<DecidedCaseView> decided = this.cases.ofEmployee(employee.nip());
		for (DecidedCaseView c : decided) {
			if (c.inForceOn(today)) {
				throw new RuleViolationException("nip", "statement.sanctionInForce", c.sanctionLabel(),
						c.decreeNumber(), effective(c.effectiveFrom(), c.effectiveTo()));
			}
		}
		// A decree already made but not yet in force refuses it too.
		for (DecidedCaseView c : decided) {
			if (c.startsAfter(today)) {
				throw new RuleViolationException("nip", "statement.sanctionFuture", c.sanctionLabel(), c.decreeNumber(),
						DATE.format(c.effectiveFrom()));
			}
		}
		List<DecidedCaseView> past = decided.stream().filter((c) -> !c.superseded()).toList();
		List<DocumentSnapshot.Fact> facts = new ArrayList<>();
		facts.add(new DocumentSnapshot.Fact(text("statement.fact.name"), employee.displayName()));
		facts.add(new DocumentSnapshot.Fact(text("statement.fact.nip"), employee.nip()));
		facts.add(new DocumentSnapshot.Fact(text("statement.fact.rank"), orDash(employee.rank())));
		facts.add(new DocumentSnapshot.Fact(text("statement.fact.position"), orDash(employee.position())));
		facts.add(new DocumentSnapshot.Fact(text("statement.fact.unit"), String.join(", ", employee.unitPath())));
		String title = past.isEmpty() ? text("statement.title.never") : text("statement.title.notInForce");
		String declaration = past.isEmpty() ? text("statement.declaration.never")
				: text("statement.declaration.notInForce", DATE.format(today));
		facts.add(new DocumentSnapshot.Fact(text("statement.fact.declaration"), declaration));
		List<List<String>> rows = new ArrayList<>();
		for (DecidedCaseView c : past) {
			rows.add(List.of(sanction(c), decree(c), effective(c.effectiveFrom(), c.effectiveTo())));
		}
		List<String> columns = past.isEmpty() ? List.of() : List.of(text("statement.column.sanction"),
				text("statement.column.decree"), text("statement.column.effective"));
		DocumentSnapshot snapshot = snapshot("NO_SANCTION_STATEMENT", title, facts, columns, rows);
		String code = this.documents.keep(snapshot);
		this.events.publishEvent(new AuditRecord("NO_SANCTION_STATEMENT_PRINTED", employee.nip(), code));
		Map<String, Object> model = this.kept.model(snapshot, code, baseUrl);
		model.put("declaration", declaration);
		model.put("employeeFacts", facts.subList(0, 5));
		return this.renderer.render(STATEMENT_TEMPLATE, model, DOCUMENT_LOCALE);
	}

	private DocumentSnapshot snapshot(String kind, String title, List<DocumentSnapshot.Fact> facts,
			List<String> columns, List<List<String>> rows) {
		SiapelUser user = this.currentUser.require();
		Instant now = this.clock.instant();
		return new DocumentSnapshot(kind, title, facts, columns, rows, now, user.getUsername(), user.getFullName(),
				office(user));
	}

	/** The office shown publicly as the printer: the highest role that may print. */
	private static String office(SiapelUser user) {
		for (Role role : List.of(Role.SECRETARY, Role.HR, Role.ADMIN)) {
			if (user.hasRole(role)) {
				return role.name();
			}
		}
		return null;
	}

	private List<String> columns() {
		return List.of(text("sanctionList.column.number"), text("sanctionList.column.name"),
				text("sanctionList.column.nip"), text("sanctionList.column.rank"), text("sanctionList.column.position"),
				text("sanctionList.column.unit"), text("sanctionList.column.violation"),
				text("sanctionList.column.sanction"), text("sanctionList.column.decree"),
				text("sanctionList.column.effective"));
	}

	private String violation(DecidedCaseView c) {
		return (c.article() != null) ? c.violation() + " (" + c.article() + ")" : c.violation();
	}

	private String sanction(DecidedCaseView c) {
		String text = c.sanctionLabel() + " — " + text("level." + c.level());
		if (c.legalBasis() != null) {
			text += " (" + c.legalBasis() + ")";
		}
		if (c.supersededDecree() != null) {
			text += "; " + text("sanctionList.replaces", c.supersededDecree());
		}
		return text;
	}

	private String decree(DecidedCaseView c) {
		return text("sanctionList.decreeText", c.decreeNumber(), DATE.format(c.decreeDate()), c.authority());
	}

	private String effective(LocalDate from, LocalDate to) {
		if (to == null) {
			return text("sanctionList.effective.open", DATE.format(from));
		}
		if (to.equals(from)) {
			return DATE.format(from);
		}
		return text("sanctionList.effective.range", DATE.format(from), DATE.format(to));
	}

	private LocalDate[] period(SanctionListQuery query) {
		if (query.from() != null || query.to() != null) {
			if (query.from() == null || query.to() == null) {
				throw new RuleViolationException((query.from() == null) ? "from" : "to",
						"sanctionList.period.incomplete");
			}
			return new LocalDate[] { query.from(), query.to() };
		}
		int year = (query.year() != null) ? query.year() : LocalDate.now(this.clock).getYear();
		if (year < 2000 || year > 2100) {
			throw new RuleViolationException("year", "sanctionList.year.invalid");
		}
		return new LocalDate[] { LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31) };
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, DOCUMENT_LOCALE);
	}

	private static String orDash(String value) {
		return (value == null || value.isBlank()) ? "–" : value;
	}

	/**
	 * The list for the printable page.
	 *
	 * @param from first decree date
	 * @param to last decree date
	 * @param unitName the chosen unit's name, or {@code null}
	 * @param level the chosen level, or {@code null}
	 * @param facts the filters as printed
	 * @param columns the headings as printed
	 * @param rows the rows as printed
	 * @param cases the cases behind the rows
	 */
	record SanctionList(LocalDate from, LocalDate to, String unitName, String level, List<DocumentSnapshot.Fact> facts,
			List<String> columns, List<List<String>> rows, List<DecidedCaseView> cases) {
	}

	/**
	 * What to list: a decree year, or a period of decree dates; an OPD (with its
	 * sub-units); a level.
	 */
	record SanctionListQuery(Integer year, LocalDate from, LocalDate to, String unit, String level) {
	}

	/**
	 * A printed list: its verification code and the snapshot kept under it.
	 *
	 * @param code the code printed on the document
	 * @param snapshot what the document shows
	 */
	public record PrintedList(String code, DocumentSnapshot snapshot) {

		public int rows() {
			return this.snapshot.rows().size();
		}

	}

}
