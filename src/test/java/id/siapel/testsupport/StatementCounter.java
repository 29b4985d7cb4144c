package id.siapel.testsupport;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements the application executes on the current thread while
 * {@link #count(Supplier)} runs: every {@code execute…} call of a JDBC statement is one
 * round trip to PostgreSQL, whether Spring JDBC or Hibernate made it. The DataSource is
 * wrapped once for the whole test context; outside a count nothing is recorded. It also
 * collects the notices PostgreSQL sends with the statements ({@link #notices(Runnable)},
 * used by {@link QueryPlans}).
 */
public final class StatementCounter implements BeanPostProcessor {

	private static final ThreadLocal<int[]> COUNTER = new ThreadLocal<>();

	private static final ThreadLocal<List<String>> NOTICES = new ThreadLocal<>();

	/** Runs the action and returns its result with the number of statements executed. */
	public static <T> Counted<T> count(Supplier<T> action) {
		int[] counter = new int[1];
		COUNTER.set(counter);
		try {
			T result = action.get();
			return new Counted<>(result, counter[0]);
		}
		finally {
			COUNTER.remove();
		}
	}

	/**
	 * Runs the action and returns the notices PostgreSQL sent with the statements it
	 * executed on the current thread (as JDBC warnings), in order.
	 */
	public static List<String> notices(Runnable action) {
		List<String> notices = new ArrayList<>();
		NOTICES.set(notices);
		try {
			action.run();
			return notices;
		}
		finally {
			NOTICES.remove();
		}
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
			return proxy(DataSource.class, dataSource, (method, result) -> (result instanceof Connection connection)
					? proxy(Connection.class, connection, StatementCounter::wrapStatement) : result);
		}
		return bean;
	}

	private static Object wrapStatement(Method method, Object result) {
		if (result instanceof CallableStatement statement) {
			return proxy(CallableStatement.class, statement, StatementCounter::countExecution);
		}
		if (result instanceof PreparedStatement statement) {
			return proxy(PreparedStatement.class, statement, StatementCounter::countExecution);
		}
		if (result instanceof Statement statement) {
			return proxy(Statement.class, statement, StatementCounter::countExecution);
		}
		return result;
	}

	private static Object countExecution(Method method, Object result) {
		return result;
	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<T> type, T target, ResultWrapper wrapper) {
		InvocationHandler handler = (proxy, method, args) -> {
			if (method.getName().startsWith("execute") && Statement.class.isAssignableFrom(type)) {
				int[] counter = COUNTER.get();
				if (counter != null) {
					counter[0]++;
				}
			}
			if (method.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> wanted
					&& wanted.isInstance(target)) {
				return target;
			}
			try {
				Object result = method.invoke(target, args);
				List<String> notices = NOTICES.get();
				if (notices != null && method.getName().startsWith("execute")
						&& target instanceof Statement statement) {
					for (SQLWarning warning = statement.getWarnings(); warning != null; warning = warning
						.getNextWarning()) {
						notices.add(warning.getMessage());
					}
					statement.clearWarnings();
				}
				return wrapper.wrap(method, result);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		};
		return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] { type }, handler);
	}

	/** What an action returned and how many statements it executed. */
	public record Counted<T>(T result, int statements) {
	}

	@FunctionalInterface
	private interface ResultWrapper {

		Object wrap(Method method, Object result) throws Exception;

	}

}
