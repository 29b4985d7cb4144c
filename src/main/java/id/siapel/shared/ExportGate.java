package id.siapel.shared;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * A bulkhead for file exports (issue 14): at most
 * {@code siapel.limits.concurrent-exports} of them are built at the same time on one
 * instance, so exports cannot take every pooled connection, the heap or the temporary
 * disk from the pages. One more is refused at once with {@link ExportsBusyException} (503
 * with {@code Retry-After}), never queued: a queued export would keep its request thread
 * waiting.
 */
@Component
public class ExportGate {

	private final Semaphore permits;

	public ExportGate(InputLimits limits) {
		this.permits = new Semaphore(Math.max(1, limits.concurrentExports()));
	}

	/** Runs the export while holding a permit; busy when none is free. */
	public <T> T run(Supplier<T> export) {
		if (!this.permits.tryAcquire()) {
			throw new ExportsBusyException();
		}
		try {
			return export.get();
		}
		finally {
			this.permits.release();
		}
	}

	/** Permits free right now (for tests and diagnostics). */
	public int available() {
		return this.permits.availablePermits();
	}

	/** Every export permit is taken: try again in a little while. */
	public static class ExportsBusyException extends RuntimeException {

		public static final String CODE = "EXPORTS_BUSY";

		/** Seconds a client should wait before trying again. */
		public static final int RETRY_AFTER_SECONDS = 30;

		ExportsBusyException() {
			super("Every export permit is taken");
		}

	}

}
