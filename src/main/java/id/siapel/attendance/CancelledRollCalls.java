package id.siapel.attendance;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import id.siapel.organization.UnitTree;
import id.siapel.organization.UnitView;

/**
 * The cancelled roll calls of some days, and which units each covers: a cancellation
 * covers its unit and every unit below it (a regency ceremony cancels the apel of the
 * whole OPD, or of the whole Pemda). The one question every reader asks (the sheet, the
 * month, the compliance board, {@code ROLL_CALL_MISSING}): is this unit's session
 * cancelled, by itself or by a unit above it?
 */
public final class CancelledRollCalls {

	public static final CancelledRollCalls NONE = new CancelledRollCalls(List.of());

	private final List<CancelledRollCall> all;

	private final Map<String, CancelledRollCall> byKey = new HashMap<>();

	public CancelledRollCalls(List<CancelledRollCall> cancelled) {
		this.all = List.copyOf(cancelled);
		cancelled.forEach((c) -> this.byKey.put(key(c.unitId(), c.day(), c.session()), c));
	}

	public List<CancelledRollCall> all() {
		return this.all;
	}

	public boolean isEmpty() {
		return this.all.isEmpty();
	}

	/**
	 * The cancellation that covers the unit's session: its own, else the nearest one
	 * above it.
	 */
	public Optional<CancelledRollCall> covering(long unitId, LocalDate day, Session session, UnitTree tree) {
		if (this.all.isEmpty()) {
			return Optional.empty();
		}
		List<UnitView> path = tree.path(unitId);
		for (int i = path.size() - 1; i >= 0; i--) {
			CancelledRollCall found = this.byKey.get(key(path.get(i).id(), day, session));
			if (found != null) {
				return Optional.of(found);
			}
		}
		return Optional.empty();
	}

	public boolean covers(long unitId, LocalDate day, Session session, UnitTree tree) {
		return covering(unitId, day, session, tree).isPresent();
	}

	/**
	 * The units of the given ones whose session is covered by a cancellation (their own
	 * or one above them).
	 */
	public Set<Long> coveredAmong(Set<Long> unitIds, LocalDate day, Session session, UnitTree tree) {
		Set<Long> covered = new HashSet<>();
		if (this.all.isEmpty()) {
			return covered;
		}
		for (long unitId : unitIds) {
			if (covers(unitId, day, session, tree)) {
				covered.add(unitId);
			}
		}
		return covered;
	}

	private static String key(long unitId, LocalDate day, Session session) {
		return unitId + ":" + day + ":" + session;
	}

}
