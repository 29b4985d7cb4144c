package id.siapel.attendance;

import java.time.LocalDate;

/**
 * Records that a unit's apel did not take place ("apel ditiadakan"), or withdraws that
 * record.
 *
 * @param unitCode the sheet's unit (its sub-units are covered too)
 * @param date the day
 * @param session the session
 * @param version the version of the sheet the client saw (0: never submitted);
 * {@code null} skips the check (API only)
 * @param reason why the apel did not take place (required, at most 500 characters); when
 * withdrawing, why (required only from HR or ADMIN after the edit window)
 */
public record CancelRollCall(String unitCode, LocalDate date, Session session, Long version, String reason) {
}
