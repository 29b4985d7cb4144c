package id.siapel.discipline.cases;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a case stands (api.md, case {@code status}), and the moves allowed from each
 * state (product.md §2 Sanction cases).
 */
public enum CaseStatus {

	PROPOSED, SUMMONED, EXAMINED, DECIDED, DELIVERED, COMPLETED, CANCELLED;

	/** States in which a decree exists: what the Sekda's list shows. */
	public static final Set<CaseStatus> DECIDED_STATES = EnumSet.of(DECIDED, DELIVERED, COMPLETED);

	/** States before the decree. */
	public static final Set<CaseStatus> OPEN_STATES = EnumSet.of(PROPOSED, SUMMONED, EXAMINED);

	public boolean isFinal() {
		return this == COMPLETED || this == CANCELLED;
	}

	/**
	 * The states a case may move to next. A second summons (SUMMONED again) is allowed
	 * once when the employee did not attend the first; after two summonses without
	 * attendance the authority may decide on the evidence without an examination (PP
	 * 94/2021, regulation.md §1.4).
	 * @param summonsCount summonses sent so far
	 */
	public Set<CaseStatus> next(int summonsCount) {
		return switch (this) {
			case PROPOSED -> EnumSet.of(SUMMONED, CANCELLED);
			case SUMMONED -> (summonsCount < 2) ? EnumSet.of(SUMMONED, EXAMINED, CANCELLED)
					: EnumSet.of(EXAMINED, DECIDED, CANCELLED);
			case EXAMINED -> EnumSet.of(DECIDED, CANCELLED);
			case DECIDED -> EnumSet.of(DELIVERED, CANCELLED);
			case DELIVERED -> EnumSet.of(COMPLETED, CANCELLED);
			case COMPLETED, CANCELLED -> EnumSet.noneOf(CaseStatus.class);
		};
	}

}
