package id.siapel.shared;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;

import org.springframework.jdbc.core.support.AbstractSqlTypeValue;

/**
 * PostgreSQL array parameters for JDBC statements, so that a set of rows is read or
 * written with one statement ({@code = any(:ids)}, {@code unnest(:ids, :values)}) instead
 * of one statement per row or an IN list that grows with the data.
 */
public final class SqlArrays {

	private SqlArrays() {
	}

	public static AbstractSqlTypeValue bigints(Collection<Long> values) {
		return of("int8", values.toArray(new Long[0]));
	}

	public static AbstractSqlTypeValue integers(Collection<Integer> values) {
		return of("int4", values.toArray(new Integer[0]));
	}

	public static AbstractSqlTypeValue texts(Collection<String> values) {
		return of("text", values.toArray(new String[0]));
	}

	public static AbstractSqlTypeValue booleans(Collection<Boolean> values) {
		return of("bool", values.toArray(new Boolean[0]));
	}

	public static AbstractSqlTypeValue timestamps(Collection<java.time.Instant> values) {
		return of("timestamptz", values.stream().map((i) -> (i != null) ? java.sql.Timestamp.from(i) : null).toArray());
	}

	public static AbstractSqlTypeValue dates(Collection<java.time.LocalDate> values) {
		return of("date", values.stream().map((d) -> (d != null) ? java.sql.Date.valueOf(d) : null).toArray());
	}

	private static AbstractSqlTypeValue of(String type, Object[] elements) {
		return new AbstractSqlTypeValue() {
			@Override
			protected Object createTypeValue(Connection connection, int sqlType, String typeName) throws SQLException {
				return connection.createArrayOf(type, elements);
			}
		};
	}

}
