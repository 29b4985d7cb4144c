package id.siapel.attendance;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import id.siapel.organization.UnitTree;

/**
 * The cancellations that touch one sheet: the one covering it (its own, or one of a unit
 * above it), and those of units below it. Whoever a cancellation covers is not on the
 * sheet.
 *
 * @param covering the cancellation of this sheet or of a unit above it, or {@code null}
 * @param below cancellations of units below this sheet's unit
 * @param excludedUnits the units whose people are not on the sheet (all of them when it
 * is covered; else the subtrees of the cancelled units below)
 */
record SheetCancellations(CancelledRollCall covering, List<CancelledRollCall> below, Set<Long> excludedUnits) {

	static final SheetCancellations NONE = new SheetCancellations(null, List.of(), Set.of());

	/**
	 * @param found the cancellations among the sheet unit's path and subtree that day and
	 * session
	 */
	static SheetCancellations of(long unitId, LocalDate day, Session session, UnitTree tree,
			List<CancelledRollCall> found) {
		if (found.isEmpty()) {
			return NONE;
		}
		CancelledRollCalls cancelled = new CancelledRollCalls(found);
		CancelledRollCall covering = cancelled.covering(unitId, day, session, tree).orElse(null);
		Set<Long> subtree = tree.subtreeIds(unitId);
		if (covering != null) {
			return new SheetCancellations(covering, List.of(), subtree);
		}
		List<CancelledRollCall> below = found.stream()
			.filter((c) -> c.unitId() != unitId && subtree.contains(c.unitId()))
			.toList();
		Set<Long> excluded = new HashSet<>();
		below.forEach((c) -> excluded.addAll(tree.subtreeIds(c.unitId())));
		return new SheetCancellations(null, below, excluded);
	}

	boolean excludes(long unitId) {
		return this.excludedUnits.contains(unitId);
	}

}
