package id.siapel.testsupport;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The application's clock in tests: the real time in the Pemda's zone until a test fixes
 * it to a moment (a working day of 2025, the evening of a holiday…); {@link #reset()}
 * returns to the real time. The Spring test contexts share one instance, so a test that
 * fixes it resets it afterwards.
 */
public final class TestClock extends Clock {

	private final ZoneId zone;

	private volatile Instant fixed;

	public TestClock(ZoneId zone) {
		this.zone = zone;
	}

	/** From now on "now" is this local time in the Pemda's zone. */
	public void set(LocalDateTime localTime) {
		this.fixed = localTime.atZone(this.zone).toInstant();
	}

	public void reset() {
		this.fixed = null;
	}

	@Override
	public ZoneId getZone() {
		return this.zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return (this.fixed != null) ? Clock.fixed(this.fixed, zone) : Clock.system(zone);
	}

	@Override
	public Instant instant() {
		Instant moment = this.fixed;
		return (moment != null) ? moment : Clock.system(this.zone).instant();
	}

}
