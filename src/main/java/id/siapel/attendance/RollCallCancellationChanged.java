package id.siapel.attendance;

import java.time.LocalDate;

/**
 * Published inside the transaction that cancelled a unit's roll call ("apel ditiadakan")
 * or withdrew the cancellation, so that what is counted per unit and session (the
 * {@code ROLL_CALL_MISSING} flag) follows in the same transaction. The records the
 * cancellation removed come with their own {@link AttendanceRecorded}.
 *
 * @param unitId the unit whose sheet was cancelled (its sub-units are covered too)
 * @param day the day
 * @param session the session
 * @param cancelled {@code true} when cancelled, {@code false} when withdrawn
 */
public record RollCallCancellationChanged(long unitId, LocalDate day, Session session, boolean cancelled) {
}
