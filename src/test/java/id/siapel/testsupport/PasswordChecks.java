package id.siapel.testsupport;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Counts the password-hash comparisons ({@link PasswordEncoder#matches}) the application
 * makes on the current thread while {@link #count(Action)} runs: the costly step of a
 * login, the same for every kind of failure (issue 14). The encoder bean is wrapped once
 * for the whole test context; outside a count nothing is recorded.
 */
public final class PasswordChecks implements BeanPostProcessor {

	private static final ThreadLocal<int[]> COUNTER = new ThreadLocal<>();

	/** Runs the action and returns how many password hashes it compared. */
	public static int count(Action action) throws Exception {
		int[] counter = new int[1];
		COUNTER.set(counter);
		try {
			action.run();
			return counter[0];
		}
		finally {
			COUNTER.remove();
		}
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof PasswordEncoder encoder && !(bean instanceof Counting)) {
			return new Counting(encoder);
		}
		return bean;
	}

	/** Something a test does, such as one login request. */
	@FunctionalInterface
	public interface Action {

		void run() throws Exception;

	}

	private record Counting(PasswordEncoder encoder) implements PasswordEncoder {

		@Override
		public String encode(CharSequence rawPassword) {
			return this.encoder.encode(rawPassword);
		}

		@Override
		public boolean matches(CharSequence rawPassword, String encodedPassword) {
			int[] counter = COUNTER.get();
			if (counter != null) {
				counter[0]++;
			}
			return this.encoder.matches(rawPassword, encodedPassword);
		}

		@Override
		public boolean upgradeEncoding(String encodedPassword) {
			return this.encoder.upgradeEncoding(encodedPassword);
		}

	}

}
