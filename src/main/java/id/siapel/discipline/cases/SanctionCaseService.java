package id.siapel.discipline.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import id.siapel.calendar.WorkCalendars;
import id.siapel.discipline.Standing;
import id.siapel.discipline.Standings;
import id.siapel.discipline.rules.Recommendation;
import id.siapel.discipline.rules.SanctionLevel;
import id.siapel.employee.EmployeeDirectory;
import id.siapel.employee.EmployeeProfile;
import id.siapel.organization.UnitTree;
import id.siapel.organization.UnitView;
import id.siapel.organization.Units;
import id.siapel.security.CurrentUser;
import id.siapel.security.Role;
import id.siapel.shared.AuditRecord;
import id.siapel.shared.DisplayDates;
import id.siapel.shared.NotFoundException;
import id.siapel.shared.RuleViolationException;
import id.siapel.shared.RuleViolationException.Problem;
import jakarta.persistence.criteria.Predicate;
import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening sanction cases and moving them through the procedure of PP 94/2021 (summons,
 * examination, decree, delivery), for BKPSDM, the Sekda and the administrator. Wrong
 * moves, dates in the future or before the previous step, and a second case for a
 * violation already sanctioned are refused with a rule violation; a stale version is a
 * conflict. Every change goes to the audit trail.
 */
@Service
@RequiredArgsConstructor
@PreAuthorize("hasAnyRole('HR', 'SECRETARY', 'ADMIN')")
public class SanctionCaseService {

	/** Who may open a case (issue 14, authorization matrix). */
	static final String OPENERS = "hasAnyRole('HR', 'ADMIN')";

	/** The obligation unexcused absence breaks (PP 94/2021 Pasal 4 huruf f). */
	static final String ABSENCE_ARTICLE = "PP 94/2021 Pasal 4 huruf f";

	/**
	 * Working days between the summons letter and the examination (regulation.md §1.4).
	 */
	static final int SUMMONS_WORKING_DAYS = 7;

	/** Days within which a decree is delivered (regulation.md §1.4). */
	static final int DELIVERY_DAYS = 14;

	private static final Locale DOCUMENT_LOCALE = Locale.forLanguageTag("id");

	private final SanctionCaseRepository cases;

	private final SanctionCatalog catalog;

	private final Standings standings;

	private final EmployeeDirectory employees;

	private final Units units;

	private final WorkCalendars calendars;

	private final CurrentUser currentUser;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/**
	 * A case for the year's unexcused absence, as the current recommendation proposes.
	 * Opened by HR (and the administrator) only, see {@link #open(OpenCase)}.
	 */
	@Transactional
	@PreAuthorize(OPENERS)
	public CaseView openFromRecommendation(String nip, Integer year) {
		return open(new OpenCase(nip, year, OpenCase.UNEXCUSED_ABSENCE, null, null));
	}

	/**
	 * Opening a case is BKPSDM's work (product.md §1: HR "opens and tracks sanction
	 * cases"); the Sekda reads cases and decides them but does not open them.
	 */
	@Transactional
	@PreAuthorize(OPENERS)
	public CaseView open(OpenCase command) {
		LocalDate today = LocalDate.now(this.clock);
		int year = (command.year() != null) ? command.year() : today.getYear();
		if (year < 2000 || year > today.getYear()) {
			throw new RuleViolationException("year", "case.year.invalid", String.valueOf(today.getYear()));
		}
		LocalDate openedOn = (command.openedOn() != null) ? command.openedOn() : today;
		if (openedOn.isAfter(today)) {
			throw new RuleViolationException("date", "case.date.future");
		}
		if (openedOn.getYear() < year) {
			throw new RuleViolationException("date", "case.openedOn.beforeYear", String.valueOf(year));
		}
		if (command.nip() == null || command.nip().isBlank()) {
			throw new RuleViolationException("nip", "case.nip.required");
		}
		if (command.violation() == null || command.violation().isBlank()) {
			throw new RuleViolationException("violation", "case.violation.required");
		}
		SanctionCase.Subject subject = subject(command.nip().strip());
		SanctionCatalog.Ladder ladder = ladder(subject, openedOn);
		Map<String, SanctionOption> options = ladder.options();
		SanctionCase opened;
		if (command.isAbsence()) {
			Standing standing = this.standings.standing(subject.nip(), year);
			Recommendation recommendation = standing.recommendation();
			SanctionCase.Proposal proposal;
			if (command.sanction() != null && !command.sanction().isBlank()) {
				proposal = proposalOf(require(ladder, command.sanction().strip(), "sanction"));
			}
			else if (recommendation.level() == SanctionLevel.NONE || recommendation.sanction() == null) {
				throw new RuleViolationException("violation", "case.noRecommendation", standing.totalDays(),
						String.valueOf(year));
			}
			else {
				proposal = new SanctionCase.Proposal(recommendation.level(), recommendation.sanction(),
						recommendation.label(), recommendation.legalBasis(),
						(recommendation.authority() != null) ? recommendation.authority().name() : null);
			}
			Long supersedes = checkOnce(subject.employeeId(), year, proposal, options);
			String violation = this.messages.getMessage("case.violation.absence",
					new Object[] { standing.totalDays(), String.valueOf(year) }, DOCUMENT_LOCALE);
			opened = SanctionCase.open(subject, year, ViolationKind.UNEXCUSED_ABSENCE, violation, ABSENCE_ARTICLE,
					standing.totalDays(), proposal, supersedes, openedOn, this.clock.instant(), username());
		}
		else {
			List<Problem> problems = new ArrayList<>();
			String violation = command.violation().strip();
			if (violation.length() > 1000) {
				problems.add(new Problem("violation", "case.field.tooLong", 1000));
			}
			String article = strip(command.article());
			if (article != null && article.length() > 300) {
				problems.add(new Problem("article", "case.field.tooLong", 300));
			}
			SanctionCase.Proposal proposal = new SanctionCase.Proposal(SanctionLevel.NONE, null, null, null, null);
			if (command.sanction() != null && !command.sanction().isBlank()) {
				SanctionOption option = find(ladder, command.sanction().strip(), "sanction", problems);
				if (option != null) {
					proposal = proposalOf(option);
				}
			}
			if (!problems.isEmpty()) {
				throw new RuleViolationException(problems);
			}
			opened = SanctionCase.open(subject, year, ViolationKind.OTHER, violation, article, null, proposal, null,
					openedOn, this.clock.instant(), username());
		}
		try {
			opened = this.cases.saveAndFlush(opened);
		}
		catch (DataIntegrityViolationException ex) {
			// Someone else opened the same violation's case at the same moment: the
			// unique index of one violation, one case, refuses the second.
			throw new RuleViolationException("violation", "case.duplicate.concurrent", String.valueOf(year));
		}
		this.events.publishEvent(new AuditRecord("CASE_OPENED", subject.nip(),
				"case " + opened.getId() + ", " + opened.getViolationKind() + " " + year + ", " + opened.getSanction()
						+ (opened.getSupersedesId() != null ? ", supersedes case " + opened.getSupersedesId() : "")));
		return view(opened);
	}

	/**
	 * One violation is sanctioned once: no second open case for the year's absence, and a
	 * decided one only gives way to a heavier sanction. Returns the case a new one
	 * supersedes.
	 */
	private Long checkOnce(long employeeId, int year, SanctionCase.Proposal proposal,
			Map<String, SanctionOption> options) {
		Long supersedes = null;
		for (SanctionCase other : this.cases.findByEmployeeIdAndYearAndViolationKindOrderByIdDesc(employeeId, year,
				ViolationKind.UNEXCUSED_ABSENCE)) {
			if (CaseStatus.OPEN_STATES.contains(other.getStatus())) {
				throw new RuleViolationException("violation", "case.duplicate.open", String.valueOf(other.getId()),
						String.valueOf(year));
			}
			if (CaseStatus.DECIDED_STATES.contains(other.getStatus()) && other.getSupersededById() == null) {
				if (weight(options, proposal.sanction()) <= weight(options, other.getSanction())) {
					throw new RuleViolationException("violation", "case.duplicate.decided", other.getDecreeNumber(),
							String.valueOf(year));
				}
				supersedes = other.getId();
			}
		}
		return supersedes;
	}

	/**
	 * The case that already deals with the employee's unexcused absence of the year, so
	 * that a new one from the current recommendation would be refused: one still open, or
	 * a decree at least as heavy as the recommendation (one violation is sanctioned once,
	 * regulation.md §1.2). Empty when a case may be opened.
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<CaseView> absenceCaseOf(String nip, int year) {
		SanctionCase.Subject subject = subject(nip);
		Recommendation recommendation = this.standings.standing(subject.nip(), year).recommendation();
		Map<String, SanctionOption> options = ladder(subject, LocalDate.now(this.clock)).options();
		for (SanctionCase other : this.cases.findByEmployeeIdAndYearAndViolationKindOrderByIdDesc(subject.employeeId(),
				year, ViolationKind.UNEXCUSED_ABSENCE)) {
			if (CaseStatus.OPEN_STATES.contains(other.getStatus())
					|| (CaseStatus.DECIDED_STATES.contains(other.getStatus()) && other.getSupersededById() == null
							&& weight(options, recommendation.sanction()) <= weight(options, other.getSanction()))) {
				return java.util.Optional.of(view(other));
			}
		}
		return java.util.Optional.empty();
	}

	@Transactional
	public CaseView transition(long id, CaseTransition move) {
		SanctionCase c = load(id);
		if (move.version() != null && move.version() != c.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(SanctionCase.class, id);
		}
		if (move.to() == null) {
			throw new RuleViolationException("to", "case.transition.toRequired");
		}
		requireMayMoveTo(move.to());
		CaseStatus from = c.getStatus();
		if (!from.next(c.getSummonsCount()).contains(move.to())) {
			throw new RuleViolationException("to", "case.transition.notAllowed", statusName(from),
					statusName(move.to()));
		}
		LocalDate today = LocalDate.now(this.clock);
		List<Problem> problems = new ArrayList<>();
		LocalDate date = move.date();
		if (date == null) {
			problems.add(new Problem("date", "case.date.required"));
		}
		else if (date.isAfter(today)) {
			problems.add(new Problem("date", "case.date.future"));
		}
		else if (date.isBefore(c.lastStepDate())) {
			problems.add(new Problem("date", "case.date.beforePrevious", DisplayDates.date(c.lastStepDate())));
		}
		String note = strip(move.note());
		if (note != null && note.length() > 1000) {
			problems.add(new Problem("note", "case.field.tooLong", 1000));
		}
		var now = this.clock.instant();
		String by = username();
		switch (move.to()) {
			case SUMMONED -> {
				String number = text(problems, "summonsNumber", move.summonsNumber(), 100);
				if (move.examinationDate() != null && date != null && !move.examinationDate().isAfter(date)) {
					problems.add(new Problem("examinationDate", "case.examinationDate.beforeSummons"));
				}
				throwIf(problems);
				c.summon(date, number, move.examinationDate(), note, now, by);
			}
			case EXAMINED -> {
				String examiner = text(problems, "examiner", move.examiner(), 300);
				if (date != null && c.getExaminationDate() != null && date.isBefore(c.getExaminationDate())) {
					// The BAP records the examination the summons set (PP 94/2021 Pasal
					// 27,
					// Perban BKN 6/2022): it cannot be dated before it.
					problems.add(new Problem("date", "case.examinedOn.beforeExamination",
							DisplayDates.date(c.getExaminationDate())));
				}
				throwIf(problems);
				c.examine(date, examiner, Boolean.TRUE.equals(move.team()), note, now, by);
			}
			case DECIDED -> {
				if (from == CaseStatus.SUMMONED && date != null && c.getExaminationDate() != null
						&& !date.isAfter(c.getExaminationDate())) {
					// Without a BAP only when the employee missed the second summons (PP
					// 94/2021 Pasal 29): after the examination day it set has passed.
					problems.add(new Problem("date", "case.decree.beforeMissedExamination",
							DisplayDates.date(c.getExaminationDate())));
				}
				decide(c, move, date, note, problems);
			}
			case DELIVERED -> {
				throwIf(problems);
				c.deliver(date, note, now, by);
			}
			case COMPLETED -> {
				throwIf(problems);
				c.complete(date, note, now, by);
			}
			case CANCELLED -> {
				if (note == null) {
					problems.add(new Problem("note", "case.cancel.reasonRequired"));
				}
				throwIf(problems);
				boolean decided = CaseStatus.DECIDED_STATES.contains(from);
				c.cancel(date, note, now, by);
				if (decided && c.getSupersedesId() != null) {
					restoreSuperseded(c, now, by);
				}
			}
			default ->
				throw new RuleViolationException("to", "case.transition.notAllowed", from.name(), move.to().name());
		}
		this.cases.saveAndFlush(c);
		this.events.publishEvent(new AuditRecord("CASE_" + move.to().name(), c.getNip(),
				"case " + c.getId() + ": " + from + " -> " + move.to() + " on " + date + detail(c, move.to())
						+ ((note != null) ? ", note: " + note : "")));
		return view(c);
	}

	/**
	 * A decided case that superseded a lighter decree is cancelled: the lighter decree
	 * applies again (back on the Sekda's list and in the statement's history). The
	 * cancelled case is written first, so the unique index of one decided case per
	 * violation sees one at a time.
	 */
	private void restoreSuperseded(SanctionCase c, java.time.Instant now, String by) {
		SanctionCase superseded = this.cases.findById(c.getSupersedesId()).orElse(null);
		if (superseded == null || superseded.getSupersededById() == null
				|| superseded.getSupersededById() != c.getId().longValue()) {
			return;
		}
		this.cases.saveAndFlush(c);
		superseded.restore(now, by);
		this.cases.saveAndFlush(superseded);
		this.events.publishEvent(new AuditRecord("CASE_RESTORED", superseded.getNip(),
				"case " + superseded.getId() + " applies again: case " + c.getId() + " cancelled"));
	}

	private void decide(SanctionCase c, CaseTransition move, LocalDate date, String note, List<Problem> problems) {
		SanctionCase.Subject subject = subject(c.getNip());
		SanctionCatalog.Ladder ladder = ladder(subject, (date != null) ? date : LocalDate.now(this.clock));
		Map<String, SanctionOption> options = ladder.options();
		String number = text(problems, "decreeNumber", move.decreeNumber(), 100);
		if (number == null) {
			problems.add(new Problem("decreeNumber", "case.decreeNumber.required"));
		}
		String authority = text(problems, "authority", move.authority(), 200);
		if (authority == null) {
			problems.add(new Problem("authority", "case.authority.required"));
		}
		String code = (move.sanction() != null && !move.sanction().isBlank()) ? move.sanction().strip() : null;
		SanctionOption option = null;
		if (code == null) {
			problems.add(new Problem("sanction", "case.sanction.required"));
		}
		else {
			option = find(ladder, code, "sanction", problems);
		}
		LocalDate from = move.effectiveFrom();
		LocalDate to = move.effectiveTo();
		if (from == null) {
			problems.add(new Problem("effectiveFrom", "case.effectiveFrom.required"));
		}
		else if (date != null && from.isBefore(date)) {
			// A sanction takes effect on or after its decree.
			problems.add(new Problem("effectiveFrom", "case.effectiveFrom.beforeDecree", DisplayDates.date(date)));
		}
		else if (to != null && to.isBefore(from)) {
			problems.add(new Problem("effectiveTo", "case.effectiveTo.beforeFrom"));
		}
		SanctionCase superseded = null;
		if (c.getSupersedesId() != null && option != null) {
			superseded = load(c.getSupersedesId());
			if (superseded.getSupersededById() == null && CaseStatus.DECIDED_STATES.contains(superseded.getStatus())
					&& option.weight() <= weight(options, superseded.getSanction())) {
				problems.add(new Problem("sanction", "case.sanction.notHeavier", superseded.getSanctionLabel()));
			}
		}
		throwIf(problems);
		if (to == null) {
			to = defaultEnd(option, from);
		}
		var now = this.clock.instant();
		if (superseded != null && superseded.getSupersededById() == null
				&& CaseStatus.DECIDED_STATES.contains(superseded.getStatus())) {
			// The heaviest applies: the lighter decree gives way, before this one counts
			// as
			// decided.
			superseded.supersededBy(c.getId(), now, username());
			this.cases.saveAndFlush(superseded);
			this.events.publishEvent(new AuditRecord("CASE_SUPERSEDED", superseded.getNip(),
					"case " + superseded.getId() + " superseded by case " + c.getId()));
		}
		SanctionCase.Proposal decided = proposalOf(option);
		if (option.code().equals(c.getSanction()) && c.getSanctionLabel() != null) {
			// The sanction proposed: keep its own wording and article (e.g. the dismissal
			// for ten consecutive days, Pasal 11 ayat (2) huruf d angka 4).
			decided = new SanctionCase.Proposal(option.level(), option.code(), c.getSanctionLabel(),
					(c.getLegalBasis() != null) ? c.getLegalBasis() : option.legalBasis(), option.authority());
		}
		c.decide(date, number, authority, decided, from, to, subject, note, now, username());
	}

	/**
	 * The sanction's own duration when its code names one (tunjangan cut for 6, 9 or 12
	 * months, demotion for 12, a PPPK's salary increment postponed for 1, 2 or 3 years);
	 * a reprimand takes effect on its day; a dismissal has no end.
	 */
	static LocalDate defaultEnd(SanctionOption option, LocalDate from) {
		if (option.months() > 0) {
			return from.plusMonths(option.months()).minusDays(1);
		}
		if (option.level() == SanctionLevel.LIGHT) {
			return from;
		}
		return null;
	}

	@Transactional(readOnly = true)
	public CaseView get(long id) {
		return view(load(id));
	}

	@Transactional(readOnly = true)
	public List<CaseView> ofEmployee(String nip) {
		String known = this.employees.profile(nip).nip();
		return this.cases.findByNipOrderByIdDesc(known).stream().map(this::view).toList();
	}

	@Transactional(readOnly = true)
	public CasePage search(CaseFilter filter, int page, int size) {
		if (page < 0) {
			throw new RuleViolationException("page", "paging.page.invalid");
		}
		Set<Long> unitIds = null;
		if (filter.unitCode() != null && !filter.unitCode().isBlank()) {
			UnitTree tree = this.units.tree();
			UnitView unit = tree.byCode(filter.unitCode().strip().toUpperCase(Locale.ROOT))
				.orElseThrow(() -> new NotFoundException("unit.notFound", filter.unitCode()));
			unitIds = tree.subtreeIds(unit.id());
		}
		Set<Long> ids = unitIds;
		Specification<SanctionCase> spec = (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (filter.year() != null) {
				where.add(cb.equal(root.get("year"), filter.year()));
			}
			if (filter.status() != null) {
				where.add(cb.equal(root.get("status"), filter.status()));
			}
			if (filter.level() != null) {
				where.add(cb.equal(root.get("level"), filter.level()));
			}
			if (filter.nip() != null && !filter.nip().isBlank()) {
				where.add(cb.equal(root.get("nip"), filter.nip().strip()));
			}
			if (ids != null) {
				where.add(root.get("unitId").in(ids));
			}
			return cb.and(where.toArray(new Predicate[0]));
		};
		Page<SanctionCase> result = this.cases.findAll(spec,
				PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "id")));
		return new CasePage(result.getContent().stream().map(this::view).toList(), page, size,
				result.getTotalElements());
	}

	/**
	 * The sanctions that can be decided for the employee of a case, from his own ladder
	 * in force today, lightest first.
	 */
	@Transactional(readOnly = true)
	public List<SanctionOption> sanctionOptions(String nip) {
		return ladder(subject(nip), LocalDate.now(this.clock)).options()
			.values()
			.stream()
			.sorted(java.util.Comparator.comparingInt(SanctionOption::weight))
			.toList();
	}

	/** The sanctions that can be decided, lightest first. */
	@Transactional(readOnly = true)
	public List<SanctionOption> sanctionOptions() {
		return this.catalog.options()
			.values()
			.stream()
			.sorted(java.util.Comparator.comparingInt(SanctionOption::weight))
			.toList();
	}

	private SanctionCase load(long id) {
		return this.cases.findById(id).orElseThrow(() -> new NotFoundException("case.notFound", id));
	}

	private SanctionCase.Subject subject(String nip) {
		EmployeeProfile profile = this.employees.profile(nip);
		long employeeId = this.employees.idsOf(List.of(profile.nip())).get(profile.nip());
		UnitTree tree = this.units.tree();
		UnitView unit = tree.byCode(profile.unitCode())
			.orElseThrow(() -> new NotFoundException("unit.notFound", profile.unitCode()));
		String unitName = unit.name();
		UnitView opd = tree.opdOf(unit.id()).orElse(unit);
		if (opd.id() != unit.id()) {
			unitName = unitName + ", " + opd.name();
		}
		return new SanctionCase.Subject(employeeId, profile.nip(), profile.displayName(), profile.rank(),
				profile.position(), unit.id(), unit.code(), unitName, profile.employmentType());
	}

	/**
	 * The employee's own ladder on the day; the sanctions of every ladder only when none
	 * applies to his employment type.
	 */
	private SanctionCatalog.Ladder ladder(SanctionCase.Subject subject, LocalDate day) {
		SanctionCatalog.Ladder ladder = (subject.employmentType() != null)
				? this.catalog.ladder(subject.employmentType(), day) : null;
		return (ladder != null && !ladder.options().isEmpty()) ? ladder
				: new SanctionCatalog.Ladder(null, this.catalog.options());
	}

	/**
	 * A sanction of the ladder, or a problem: unknown, or of another ladder (a PNS cannot
	 * be given a PPPK's contract termination, nor a PPPK a PNS's demotion).
	 */
	private SanctionOption find(SanctionCatalog.Ladder ladder, String code, String field, List<Problem> problems) {
		SanctionOption option = ladder.options().get(code);
		if (option == null) {
			if (ladder.name() != null && this.catalog.options().containsKey(code)) {
				problems.add(new Problem(field, "case.sanction.notInLadder", code, ladder.name()));
			}
			else {
				problems.add(new Problem(field, "case.sanction.unknown", code));
			}
		}
		return option;
	}

	private SanctionOption require(SanctionCatalog.Ladder ladder, String code, String field) {
		List<Problem> problems = new ArrayList<>();
		SanctionOption option = find(ladder, code, field, problems);
		throwIf(problems);
		return option;
	}

	private static SanctionCase.Proposal proposalOf(SanctionOption option) {
		return new SanctionCase.Proposal(option.level(), option.code(), option.label(), option.legalBasis(),
				option.authority());
	}

	private static int weight(Map<String, SanctionOption> options, String code) {
		SanctionOption option = (code != null) ? options.get(code) : null;
		return (option != null) ? option.weight() : 0;
	}

	private CaseView view(SanctionCase c) {
		List<CaseView.Warning> warnings = new ArrayList<>();
		if (c.getSummonsDate() != null && c.getExaminationDate() != null
				&& c.getExaminationDate().isAfter(c.getSummonsDate())) {
			int days = this.calendars.current()
				.forUnit(c.getUnitId())
				.countWorkingDays(c.getSummonsDate().plusDays(1), c.getExaminationDate());
			if (days < SUMMONS_WORKING_DAYS) {
				warnings.add(new CaseView.Warning("case.warning.summonsGap", days, SUMMONS_WORKING_DAYS));
			}
		}
		if (c.getExaminedOn() != null && !c.isExaminedByTeam() && c.getLevel() == SanctionLevel.SEVERE) {
			warnings.add(new CaseView.Warning("case.warning.team"));
		}
		if (c.getDecreeDate() != null && c.getDeliveredOn() != null
				&& c.getDeliveredOn().isAfter(c.getDecreeDate().plusDays(DELIVERY_DAYS))) {
			warnings.add(new CaseView.Warning("case.warning.lateDelivery", DELIVERY_DAYS));
		}
		return new CaseView(c.getId(), c.getVersion(), c.getNip(), c.getEmployeeName(), c.getEmployeeRank(),
				c.getEmployeePosition(), c.getUnitCode(), c.getUnitName(), c.getYear(), c.getViolationKind(),
				c.getViolation(), c.getArticle(), c.getAbsenceDays(), c.getLevel(), c.getSanction(),
				c.getSanctionLabel(), c.getLegalBasis(), c.getProposedAuthority(), c.getStatus(), c.getOpenedOn(),
				c.getSummonsNumber(), c.getSummonsDate(), c.getSummonsCount(), c.getExaminationDate(),
				c.getExaminedOn(), c.getExaminer(), c.isExaminedByTeam(), c.getDecreeNumber(), c.getDecreeDate(),
				c.getDecreeAuthority(), c.getEffectiveFrom(), c.getEffectiveTo(), c.getDeliveredOn(),
				c.getCompletedOn(), c.getCancelledOn(), c.getCancelReason(), c.getSupersedesId(), c.getSupersededById(),
				c.getLastNote(), c.getCreatedAt(), c.getCreatedBy(), c.getUpdatedAt(), c.getUpdatedBy(), summonses(c),
				next(c), List.copyOf(warnings));
	}

	private static List<CaseView.Summons> summonses(SanctionCase c) {
		List<CaseView.Summons> summonses = new ArrayList<>();
		if (c.getFirstSummonsDate() != null) {
			summonses.add(new CaseView.Summons(1, c.getFirstSummonsNumber(), c.getFirstSummonsDate(),
					c.getFirstExaminationDate()));
		}
		if (c.getSummonsDate() != null) {
			summonses.add(new CaseView.Summons(summonses.size() + 1, c.getSummonsNumber(), c.getSummonsDate(),
					c.getExaminationDate()));
		}
		return List.copyOf(summonses);
	}

	/**
	 * The moves offered next: the decree without a BAP only once the examination day of
	 * the second summons has passed without the employee.
	 */
	private List<CaseStatus> next(SanctionCase c) {
		List<CaseStatus> next = new ArrayList<>(c.getStatus().next(c.getSummonsCount()));
		if (c.getStatus() == CaseStatus.SUMMONED && c.getExaminationDate() != null
				&& !LocalDate.now(this.clock).isAfter(c.getExaminationDate())) {
			next.remove(CaseStatus.DECIDED);
		}
		return List.copyOf(next);
	}

	private static String detail(SanctionCase c, CaseStatus to) {
		return switch (to) {
			case SUMMONED -> ", summons " + c.getSummonsNumber() + ", examination " + c.getExaminationDate();
			case EXAMINED -> ", examiner " + c.getExaminer() + (c.isExaminedByTeam() ? " (team)" : "");
			case DECIDED -> ", decree " + c.getDecreeNumber() + " by " + c.getDecreeAuthority() + ", " + c.getSanction()
					+ " " + c.getEffectiveFrom() + ".." + c.getEffectiveTo();
			case CANCELLED -> ", reason: " + c.getCancelReason();
			default -> "";
		};
	}

	private static String text(List<Problem> problems, String field, String value, int max) {
		String stripped = strip(value);
		if (stripped != null && stripped.length() > max) {
			problems.add(new Problem(field, "case.field.tooLong", max));
		}
		return stripped;
	}

	private static void throwIf(List<Problem> problems) {
		if (!problems.isEmpty()) {
			throw new RuleViolationException(problems);
		}
	}

	private static String strip(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/** A state's name in the reader's language, resolved with the message. */
	private static org.springframework.context.MessageSourceResolvable statusName(CaseStatus status) {
		return new org.springframework.context.support.DefaultMessageSourceResolvable(
				new String[] { "case.status." + status.name() }, status.name());
	}

	/**
	 * Refuses a step the acting user may not take: the Sekda decides (product.md §1);
	 * summons, examination, delivery, completion and cancellation are BKPSDM's tracking
	 * of the case (issue 14, authorization matrix). Checked before any field is.
	 */
	public void requireMayMoveTo(CaseStatus to) {
		if (to != null && to != CaseStatus.DECIDED && !this.currentUser.hasRole(Role.HR)
				&& !this.currentUser.hasRole(Role.ADMIN)) {
			throw new AccessDeniedException("Only HR moves a case to " + to);
		}
	}

	private String username() {
		return this.currentUser.require().getUsername();
	}

}
