package id.siapel.discipline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import id.siapel.discipline.CountingVersion.VersionState;
import id.siapel.discipline.RuleVersionStore.CountingRow;
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
 * The counting rules as versions with an effective date (product.md §2: "rules are data
 * with an effective date … chosen by the date of the absence"): minutes of a
 * single-session unexcused absence, minutes per converted day, the early-warning run. A
 * version that has governed counted absences stays as it is (a change is a new version);
 * a future one may be changed or deleted. Every change is audited and counts the affected
 * days again.
 */
@Service
@RequiredArgsConstructor
public class CountingRuleSettings {

	static final int MAX_LEGAL_BASIS = 500;

	private final RuleVersionStore store;

	private final RuleRecount recount;

	private final CurrentUser currentUser;

	private final ApplicationEventPublisher events;

	private final java.time.Clock clock;

	@Transactional(readOnly = true)
	public List<CountingVersion> versions() {
		List<CountingRow> rows = this.store.countingRows();
		LocalDate today = this.recount.today();
		List<CountingVersion> versions = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			CountingRow row = rows.get(i);
			LocalDate next = (i + 1 < rows.size()) ? rows.get(i + 1).effectiveFrom() : null;
			VersionState state = RuleRecount.state(row.effectiveFrom(), next, today);
			boolean editable = state == VersionState.FUTURE || !this.store.countedBetween(row.effectiveFrom(),
					(next != null) ? next : RuleVersionStore.OPEN_END);
			versions.add(new CountingVersion(row.id(), row.effectiveFrom(), row.singleSessionMinutes(),
					row.minutesPerDay(), row.earlyWarningStreak(), row.legalBasis(), row.changedBy(), row.version(),
					state, editable, editable && i > 0));
		}
		return versions;
	}

	@Transactional(readOnly = true)
	public CountingVersion version(long id) {
		return versions().stream()
			.filter((v) -> v.id() == id)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("discipline.rules.notFound", id));
	}

	/**
	 * @return the recount job queued for the days already counted, {@code null} if none
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
	public Long create(CountingInput input) {
		CountingRow row = check(input, null, 0);
		this.store.insertCounting(row, this.clock.instant(), this.currentUser.require().getUsername());
		this.events
			.publishEvent(new AuditRecord("DISCIPLINE_RULES_ADDED", row.effectiveFrom().toString(), describe(row)));
		return this.recount.since(row.effectiveFrom());
	}

	/**
	 * @return the recount job queued for the days already counted, {@code null} if none
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
	public Long change(long id, CountingInput input, long expectedVersion) {
		CountingVersion before = editable(id, expectedVersion);
		CountingRow row = check(input, id, expectedVersion);
		this.store.updateCounting(row, this.clock.instant(), this.currentUser.require().getUsername());
		this.events.publishEvent(new AuditRecord("DISCIPLINE_RULES_CHANGED", row.effectiveFrom().toString(),
				describe(before) + " -> " + describe(row)));
		return this.recount.since(min(before.effectiveFrom(), row.effectiveFrom()));
	}

	/**
	 * @return the recount job queued for the days already counted, {@code null} if none
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
	public Long delete(long id, long expectedVersion) {
		CountingVersion before = editable(id, expectedVersion);
		if (!before.deletable()) {
			throw new RuleViolationException(null, "discipline.rules.first");
		}
		this.store.deleteCounting(id, expectedVersion);
		this.events.publishEvent(
				new AuditRecord("DISCIPLINE_RULES_DELETED", before.effectiveFrom().toString(), describe(before)));
		return this.recount.since(before.effectiveFrom());
	}

	private CountingVersion editable(long id, long expectedVersion) {
		CountingVersion version = version(id);
		if (version.version() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException("discipline_rule_set", id);
		}
		if (!version.editable()) {
			throw new RuleViolationException(null, "discipline.rules.locked", version.effectiveFrom());
		}
		return version;
	}

	private CountingRow check(CountingInput input, Long self, long version) {
		List<Problem> problems = new ArrayList<>();
		EffectiveDates.check(problems, input.effectiveFrom(), input.confirmPast(), this.recount.today(),
				this.store.countingAt(input.effectiveFrom() != null ? input.effectiveFrom() : LocalDate.MIN)
					.filter((other) -> !other.equals(self))
					.isPresent());
		range(problems, "singleSessionMinutes", input.singleSessionMinutes(), 0, 480);
		range(problems, "minutesPerDay", input.minutesPerDay(), 1, 1440);
		range(problems, "earlyWarningStreak", input.earlyWarningStreak(), 1, 30);
		String basis = (input.legalBasis() != null) ? input.legalBasis().strip() : "";
		if (basis.isEmpty()) {
			problems.add(new Problem("legalBasis", "discipline.rules.legalBasis.required"));
		}
		else if (basis.length() > MAX_LEGAL_BASIS) {
			problems.add(new Problem("legalBasis", "discipline.rules.tooLong", MAX_LEGAL_BASIS));
		}
		if (!problems.isEmpty()) {
			throw new RuleViolationException(problems);
		}
		return new CountingRow((self != null) ? self : 0, input.effectiveFrom(), input.singleSessionMinutes(),
				input.minutesPerDay(), input.earlyWarningStreak(), basis, null, version);
	}

	static void range(List<Problem> problems, String field, Integer value, int min, int max) {
		if (value == null || value < min || value > max) {
			problems.add(new Problem(field, "discipline.rules.range", min, max));
		}
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	private static String describe(CountingRow row) {
		return "from " + row.effectiveFrom() + ": single session " + row.singleSessionMinutes() + " min, "
				+ row.minutesPerDay() + " min/day, warning after " + row.earlyWarningStreak() + " days ("
				+ row.legalBasis() + ")";
	}

	private static String describe(CountingVersion v) {
		return describe(new CountingRow(v.id(), v.effectiveFrom(), v.singleSessionMinutes(), v.minutesPerDay(),
				v.earlyWarningStreak(), v.legalBasis(), v.changedBy(), v.version()));
	}

}
