package id.siapel.shared;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk loading for history (the demo, a migration from paper lists): rows streamed into
 * PostgreSQL with {@code COPY … FROM STDIN} on the connection of the current transaction,
 * and the indexes and foreign keys of an empty table set aside while it is filled.
 * <p>
 * COPY skips the parsing, planning and executor round of an {@code INSERT} per batch; the
 * rows go through a buffered writer straight into the COPY stream, so a whole year is
 * never held in memory as text. An index built once over the loaded rows costs a sort,
 * while one maintained during the load costs a descent of the tree per row; a foreign key
 * checked once at the end is one join instead of a lookup per row. Both only pay off when
 * the table starts empty: otherwise {@link #withoutIndexes} leaves them in place.
 */
@Slf4j
@Component
@RequiredArgsConstructor
public class BulkCopy {

	/** Bytes buffered before they go to the server: a few round trips per megabyte. */
	static final int BUFFER = 1 << 16;

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	/**
	 * Streams rows into {@code table (columns)} in COPY's text format, inside the current
	 * transaction; returns the number of rows the server took.
	 * @param rows writes the rows through the given {@link Rows}
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public long copy(String table, String columns, RowSource rows) {
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			PGConnection pg = connection.unwrap(PGConnection.class);
			PGCopyOutputStream out = new PGCopyOutputStream(pg,
					"copy " + table + " (" + columns + ") from stdin (format text)", BUFFER);
			try {
				Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER);
				rows.writeTo(new Rows(writer));
				writer.flush();
				return out.endCopy();
			}
			finally {
				if (out.isActive()) {
					out.cancelCopy();
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("COPY into " + table + " failed", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("COPY into " + table + " failed", ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	/**
	 * Runs the load with the indexes, keys and foreign keys of {@code table} dropped when
	 * the table is empty, then builds them again from their own definitions (as
	 * {@code pg_get_indexdef} and {@code pg_get_constraintdef} give them, so nothing is
	 * written twice) and analyzes the table, so that what follows in the transaction is
	 * planned on the loaded rows. A primary key or unique constraint built again checks
	 * every loaded row as the maintained one would have, once; one that another table's
	 * foreign key refers to stays in place. In the current transaction: a failure,
	 * duplicates included, restores everything by rolling back.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void withoutIndexes(String table, Runnable load) {
		boolean empty = this.jdbc.sql("select not exists (select 1 from " + table + ")").query(Boolean.class).single();
		if (!empty) {
			load.run();
			return;
		}
		List<String[]> indexes = new ArrayList<>();
		this.jdbc.sql("""
				select c.relname, pg_get_indexdef(i.indexrelid) from pg_index i join pg_class c on c.oid = i.indexrelid
				where i.indrelid = cast(:table as regclass)
				    and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)""")
			.param("table", table)
			.query((rs) -> {
				// The index of a partitioned table is defined "ON ONLY" the parent; built
				// again it must reach every partition.
				indexes.add(new String[] { rs.getString(1), rs.getString(2).replace(" ON ONLY ", " ON ") });
			});
		List<String[]> keys = constraints(table, """
				contype in ('p', 'u') and not exists (
				    select 1 from pg_constraint f where f.contype = 'f' and f.conindid = c.conindid)""");
		List<String[]> foreignKeys = constraints(table, "contype = 'f'");
		foreignKeys.forEach((key) -> this.jdbc.sql("alter table " + table + " drop constraint " + key[0]).update());
		keys.forEach((key) -> this.jdbc.sql("alter table " + table + " drop constraint " + key[0]).update());
		indexes.forEach((index) -> this.jdbc.sql("drop index " + index[0]).update());
		load.run();
		long start = System.nanoTime();
		keys.forEach(
				(key) -> this.jdbc.sql("alter table " + table + " add constraint " + key[0] + " " + key[1]).update());
		indexes.forEach((index) -> this.jdbc.sql(index[1]).update());
		foreignKeys.forEach(
				(key) -> this.jdbc.sql("alter table " + table + " add constraint " + key[0] + " " + key[1]).update());
		this.jdbc.sql("analyze " + table).update();
		log.info("{}: {} keys, {} indexes and {} foreign keys built again after the load in {} ms", table, keys.size(),
				indexes.size(), foreignKeys.size(), (System.nanoTime() - start) / 1_000_000);
	}

	private List<String[]> constraints(String table, String condition) {
		List<String[]> found = new ArrayList<>();
		this.jdbc
			.sql("select c.conname, pg_get_constraintdef(c.oid) from pg_constraint c "
					+ "where c.conrelid = cast(:table as regclass) and " + condition)
			.param("table", table)
			.query((rs) -> {
				found.add(new String[] { rs.getString(1), rs.getString(2) });
			});
		return found;
	}

	/** Writes the rows of one COPY. */
	@FunctionalInterface
	public interface RowSource {

		void writeTo(Rows rows) throws IOException;

	}

	/**
	 * One row after the other in COPY's text format: values separated by tabs, rows by
	 * newlines, {@code \N} for null, backslash escapes in text.
	 */
	public static final class Rows {

		private final Writer out;

		private boolean first = true;

		Rows(Writer out) {
			this.out = out;
		}

		public Rows value(long value) throws IOException {
			separate();
			this.out.write(Long.toString(value));
			return this;
		}

		public Rows value(Integer value) throws IOException {
			separate();
			this.out.write((value != null) ? value.toString() : "\\N");
			return this;
		}

		public Rows value(LocalDate value) throws IOException {
			separate();
			this.out.write((value != null) ? value.toString() : "\\N");
			return this;
		}

		/**
		 * An instant in ISO-8601 UTC, which {@code timestamptz} reads whatever the
		 * session zone.
		 */
		public Rows value(Instant value) throws IOException {
			separate();
			this.out.write((value != null) ? value.toString() : "\\N");
			return this;
		}

		public Rows value(String value) throws IOException {
			separate();
			if (value == null) {
				this.out.write("\\N");
				return this;
			}
			for (int i = 0; i < value.length(); i++) {
				char c = value.charAt(i);
				switch (c) {
					case '\\' -> this.out.write("\\\\");
					case '\t' -> this.out.write("\\t");
					case '\n' -> this.out.write("\\n");
					case '\r' -> this.out.write("\\r");
					default -> this.out.write(c);
				}
			}
			return this;
		}

		/** Ends the row. */
		public void end() throws IOException {
			this.out.write('\n');
			this.first = true;
		}

		private void separate() throws IOException {
			if (!this.first) {
				this.out.write('\t');
			}
			this.first = false;
		}

	}

}
