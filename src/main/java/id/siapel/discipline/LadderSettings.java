package id.siapel.discipline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.siapel.discipline.CountingVersion.VersionState;
import id.siapel.discipline.RuleVersionStore.LadderRow;
import id.siapel.discipline.rules.LadderCheck;
import id.siapel.discipline.rules.LadderStep;
import id.siapel.discipline.rules.StepDraft;
import id.siapel.security.CurrentUser;
import id.siapel.shared.AuditRecord;
import id.siapel.shared.NotFoundException;
import id.siapel.shared.RuleViolationException;
import id.siapel.shared.RuleViolationException.Problem;
import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sanction ladders as versions with an effective date. The PNS/CPNS ladder is PP
 * 94/2021 itself: read-only here (a new regulation is a new version by migration). The
 * PPPK ladder is the Pemda's (PP 49/2018 Pasal 52) and HR edits it; the non-ASN contract
 * evaluation has one setting, the number of days above which non-renewal is recommended.
 * A version that has governed counted absences stays as it is; every change is audited
 * and evaluates the affected years again.
 */
@Service
@RequiredArgsConstructor
public class LadderSettings {

	/** The ladders of PP 94/2021: changed by migration only. */
	public static final String PNS = "PNS";

	public static final String PPPK = "PPPK";

	public static final String NON_ASN = "NON_ASN";

	static final Set<String> EDITABLE = Set.of(PPPK, NON_ASN);

	private final RuleVersionStore store;

	private final RuleRecount recount;

	private final CurrentUser currentUser;

	private final ApplicationEventPublisher events;

	private final java.time.Clock clock;

	/** The versions of every ladder, by code (PNS, PPPK, NON_ASN), oldest first. */
	@Transactional(readOnly = true)
	public Map<String, List<LadderVersion>> overview() {
		Map<String, List<LadderVersion>> all = new LinkedHashMap<>();
		for (String code : List.of(PNS, PPPK, NON_ASN)) {
			all.put(code, versions(code));
		}
		return all;
	}

	@Transactional(readOnly = true)
	public LadderVersion version(long id) {
		String code = this.store.ladderCode(id)
			.orElseThrow(() -> new NotFoundException("discipline.ladder.notFound", id));
		return versions(code).stream().filter((v) -> v.id() == id).findFirst().orElseThrow();
	}

	/** The latest version of a ladder, to start a new one from. */
	@Transactional(readOnly = true)
	public LadderVersion latest(String code) {
		List<LadderVersion> versions = versions(code);
		if (versions.isEmpty()) {
			throw new NotFoundException("discipline.ladder.notFound", code);
		}
		return versions.get(versions.size() - 1);
	}

	/**
	 * @return the recount job queued for the days already counted, {@code null} if none
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
	public Long create(String code, LadderInput input) {
		if (!EDITABLE.contains(code)) {
			throw new RuleViolationException(null, "discipline.ladder.readOnly");
		}
		LadderVersion template = latest(code);
		LadderRow row = check(code, input, template, null, 0);
		this.store.insertLadder(row, this.clock.instant(), this.currentUser.require().getUsername());
		this.events
			.publishEvent(new AuditRecord("SANCTION_LADDER_ADDED", code + " " + row.effectiveFrom(), describe(row)));
		return this.recount.since(row.effectiveFrom());
	}

	/**
	 * @return the recount job queued for the days already counted, {@code null} if none
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
	public Long change(long id, LadderInput input, long expectedVersion) {
		LadderVersion before = editable(id, expectedVersion);
		LadderRow row = check(before.code(), input, before, id, expectedVersion);
		this.store.updateLadder(row, this.clock.instant(), this.currentUser.require().getUsername());
		this.events.publishEvent(new AuditRecord("SANCTION_LADDER_CHANGED", before.code() + " " + row.effectiveFrom(),
				describe(toRow(before)) + " -> " + describe(row)));
		return this.recount
			.since(before.effectiveFrom().isBefore(row.effectiveFrom()) ? before.effectiveFrom() : row.effectiveFrom());
	}

	/**
	 * @return the recount job queued for the days already counted, {@code null} if none
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
	public Long delete(long id, long expectedVersion) {
		LadderVersion before = editable(id, expectedVersion);
		if (!before.deletable()) {
			throw new RuleViolationException(null, "discipline.rules.first");
		}
		this.store.deleteLadder(id, expectedVersion);
		this.events.publishEvent(new AuditRecord("SANCTION_LADDER_DELETED",
				before.code() + " " + before.effectiveFrom(), describe(toRow(before))));
		return this.recount.since(before.effectiveFrom());
	}

	/**
	 * The non-ASN contract evaluation as a ladder: non-renewal above {@code daysAbove}
	 * days; the rung's texts and the consecutive-days rung are kept from the version it
	 * starts from.
	 */
	public static LadderInput nonAsnInput(LadderVersion template, LocalDate effectiveFrom, Integer daysAbove,
			String legalSource, boolean confirmPast) {
		LadderStep rung = template.steps().get(0);
		StepDraft step = new StepDraft((daysAbove != null) ? daysAbove + 1 : null, null, rung.level(), rung.sanction(),
				rung.label(), rung.legalBasis(), rung.authority());
		return new LadderInput(effectiveFrom, template.name(), legalSource, List.of(step), template.consecutiveDays(),
				(template.consecutiveStep() != null) ? StepDraft.of(template.consecutiveStep(), true) : null,
				confirmPast);
	}

	private List<LadderVersion> versions(String code) {
		List<LadderRow> rows = this.store.ladderRows(code);
		LocalDate today = this.recount.today();
		List<LadderVersion> versions = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			LadderRow row = rows.get(i);
			LocalDate next = (i + 1 < rows.size()) ? rows.get(i + 1).effectiveFrom() : null;
			VersionState state = RuleRecount.state(row.effectiveFrom(), next, today);
			boolean editable = EDITABLE.contains(code) && (state == VersionState.FUTURE || !this.store
				.countedBetween(row.effectiveFrom(), (next != null) ? next : RuleVersionStore.OPEN_END, row.types()));
			versions.add(new LadderVersion(row.id(), row.code(), row.name(), row.types(), row.effectiveFrom(),
					row.legalSource(), row.steps(), row.consecutiveDays(), row.consecutiveStep(), row.changedBy(),
					row.version(), state, editable, editable && i > 0));
		}
		return versions;
	}

	private LadderVersion editable(long id, long expectedVersion) {
		LadderVersion version = version(id);
		if (version.version() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException("sanction_ladder", id);
		}
		if (!EDITABLE.contains(version.code())) {
			throw new RuleViolationException(null, "discipline.ladder.readOnly");
		}
		if (!version.editable()) {
			throw new RuleViolationException(null, "discipline.rules.locked", version.effectiveFrom());
		}
		return version;
	}

	private LadderRow check(String code, LadderInput input, LadderVersion template, Long self, long version) {
		List<Problem> problems = new ArrayList<>();
		EffectiveDates.check(problems, input.effectiveFrom(), input.confirmPast(), this.recount.today(),
				input.effectiveFrom() != null && this.store.ladderAt(code, input.effectiveFrom())
					.filter((other) -> !other.equals(self))
					.isPresent());
		String name = (input.name() != null && !input.name().isBlank()) ? input.name().strip() : template.name();
		if (name.length() > 200) {
			problems.add(new Problem("name", "discipline.rules.tooLong", 200));
		}
		String source = (input.legalSource() != null) ? input.legalSource().strip() : "";
		if (source.isEmpty()) {
			problems.add(new Problem("legalSource", "discipline.ladder.legalSource.required"));
		}
		else if (source.length() > LadderCheck.MAX_TEXT) {
			problems.add(new Problem("legalSource", "discipline.rules.tooLong", LadderCheck.MAX_TEXT));
		}
		List<StepDraft> steps = (input.steps() != null) ? input.steps() : List.of();
		List<Problem> ladder = LadderCheck.problems(steps, input.consecutiveDays(), input.consecutiveStep());
		if (NON_ASN.equals(code)) {
			// One setting on that form: a problem of the rung is a problem of the
			// threshold.
			ladder = ladder.stream()
				.filter((p) -> p.field() != null && p.field().startsWith("steps[0].minDays"))
				.map((p) -> new Problem("daysAbove", "discipline.nonAsn.daysAbove.range", LadderCheck.MAX_DAYS - 1))
				.toList();
		}
		problems.addAll(ladder);
		if (!problems.isEmpty()) {
			throw new RuleViolationException(problems);
		}
		List<LadderStep> rungs = steps.stream().filter((s) -> s != null).map(StepDraft::toStep).toList();
		LadderStep consecutive = (input.consecutiveDays() != null) ? input.consecutiveStep().toStep() : null;
		return new LadderRow((self != null) ? self : 0, code, name, template.types(), input.effectiveFrom(), source,
				input.consecutiveDays(), null, version, rungs, consecutive);
	}

	private static LadderRow toRow(LadderVersion v) {
		return new LadderRow(v.id(), v.code(), v.name(), v.types(), v.effectiveFrom(), v.legalSource(),
				v.consecutiveDays(), v.changedBy(), v.version(), v.steps(), v.consecutiveStep());
	}

	private static String describe(LadderRow row) {
		StringBuilder text = new StringBuilder(
				row.code() + " from " + row.effectiveFrom() + " (" + row.legalSource() + "):");
		for (LadderStep step : row.steps()) {
			text.append(' ')
				.append(step.minDays())
				.append('-')
				.append((step.maxDays() != null) ? step.maxDays() : "")
				.append(' ')
				.append(step.level())
				.append(' ')
				.append(step.sanction())
				.append(';');
		}
		if (row.consecutiveStep() != null) {
			text.append(" run ").append(row.consecutiveDays()).append(' ').append(row.consecutiveStep().sanction());
		}
		return text.toString();
	}

}
