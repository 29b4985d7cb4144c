package id.siapel.attendance;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A roll call that did not take place ("apel ditiadakan": heavy rain, a regency ceremony,
 * a disaster). It covers the unit and every unit below it on that day and session: nobody
 * there has a record of the session, so nobody is counted for it.
 *
 * @param unitId the unit whose sheet was cancelled
 * @param day the day
 * @param session the session
 * @param reason why it did not take place
 * @param cancelledBy who recorded it (username)
 * @param cancelledAt when
 */
public record CancelledRollCall(long unitId, LocalDate day, Session session, String reason, String cancelledBy,
		Instant cancelledAt) {
}
