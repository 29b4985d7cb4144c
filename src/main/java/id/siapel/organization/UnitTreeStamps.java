package id.siapel.organization;

import java.sql.Timestamp;
import java.time.Instant;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A cheap fingerprint of the whole unit tree, for modules that keep something derived
 * from it in memory (the work calendar): it changes when a unit is created or changed
 * (every change moves the unit's optimistic-lock version), on every application instance,
 * at the cost of one small aggregate query.
 */
@Component
@RequiredArgsConstructor
public class UnitTreeStamps {

	private final JdbcClient jdbc;

	public Stamp current() {
		return this.jdbc
			.sql("select count(*), coalesce(max(id), 0), coalesce(sum(version), 0), max(updated_at) from unit")
			.query((rs, row) -> {
				Timestamp last = rs.getTimestamp(4);
				return new Stamp(rs.getLong(1), rs.getLong(2), rs.getLong(3), (last != null) ? last.toInstant() : null);
			})
			.single();
	}

	/**
	 * @param units number of units
	 * @param maxId highest unit id (ids are never reused)
	 * @param versions sum of the units' versions
	 * @param lastChange latest change, or {@code null} without units
	 */
	public record Stamp(long units, long maxId, long versions, Instant lastChange) {
	}

}
