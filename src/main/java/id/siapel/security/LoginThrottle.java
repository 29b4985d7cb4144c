package id.siapel.security;

import java.time.Clock;
import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;

import org.springframework.stereotype.Component;

/**
 * Failed logins per client address (issue 14), for form login and HTTP Basic alike: each
 * address may fail {@code siapel.security.client-failed-logins} times at once, and gets
 * one more try every {@code client-window / client-failed-logins} after that (20 per 5
 * minutes by default). A whole Pemda office may sit behind one public address, so only
 * failed logins take from the address's bucket; successful logins never do. The address
 * is {@code request.getRemoteAddr()}, that is the client's own once the RemoteIpValve has
 * read a trusted proxy's {@code X-Forwarded-For}.
 * <p>
 * The buckets live in memory on each node (a Caffeine cache that forgets an address idle
 * for a whole window, when its bucket is full again anyway): with several nodes, each
 * counts its own share, and a restart forgets them.
 */
@Component
public class LoginThrottle {

	/**
	 * Request attribute (a {@code Long}): the seconds a throttled login must wait, set on
	 * the login page's request with status 429.
	 */
	public static final String RETRY_AFTER = "siapel.loginRetryAfter";

	private final Cache<String, Bucket> buckets;

	private final SecurityProperties settings;

	private final TimeMeter time;

	LoginThrottle(SecurityProperties settings, Clock clock) {
		this.settings = settings;
		this.time = new TimeMeter() {

			@Override
			public long currentTimeNanos() {
				return clock.millis() * 1_000_000L;
			}

			@Override
			public boolean isWallClockBased() {
				return true;
			}

		};
		this.buckets = Caffeine.newBuilder()
			.expireAfterAccess(settings.clientWindow())
			.maximumSize(100_000)
			.ticker(this.time::currentTimeNanos)
			.build();
	}

	/**
	 * How long this address must wait before it may try to log in again; zero when it may
	 * now.
	 */
	public Duration retryAfter(String address) {
		Bucket bucket = this.buckets.getIfPresent(key(address));
		if (bucket == null) {
			return Duration.ZERO;
		}
		EstimationProbe probe = bucket.estimateAbilityToConsume(1);
		return probe.canBeConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
	}

	/** A failed login from this address. */
	void recordFailure(String address) {
		this.buckets.get(key(address), (key) -> newBucket()).tryConsume(1);
	}

	private Bucket newBucket() {
		int size = this.settings.clientFailedLogins();
		return Bucket.builder()
			.addLimit((limit) -> limit.capacity(size).refillGreedy(size, this.settings.clientWindow()))
			.withCustomTimePrecision(this.time)
			.build();
	}

	private static String key(String address) {
		return (address != null) ? address : "";
	}

}
