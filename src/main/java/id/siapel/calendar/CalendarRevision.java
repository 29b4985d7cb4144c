package id.siapel.calendar;

import java.sql.Timestamp;
import java.time.Clock;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The row every calendar write moves to a new value (V6__calendar_days.sql), so that any
 * application instance can tell with one query whether its in-memory calendar is still
 * current.
 */
@Component
@RequiredArgsConstructor
class CalendarRevision {

	private final JdbcClient jdbc;

	private final Clock clock;

	/**
	 * Call first in every write transaction of the calendar: gives the revision a value
	 * never used before and holds the row lock until commit, so that calendar writes take
	 * turns and their duplicate checks see each other.
	 */
	void bump() {
		this.jdbc
			.sql("update calendar_revision set revision = nextval('calendar_revision_seq'), changed_at = :now "
					+ "where id = 1")
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
	}

	/**
	 * The current revision, and whether the current transaction has written anything yet
	 * (then what it reads may never be committed, and must not be cached).
	 */
	State read() {
		return this.jdbc
			.sql("select revision, pg_current_xact_id_if_assigned() is not null from calendar_revision where id = 1")
			.query((rs, row) -> new State(rs.getLong(1), rs.getBoolean(2)))
			.single();
	}

	record State(long revision, boolean uncommittedWrites) {
	}

}
