package id.siapel.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import id.siapel.testsupport.SiapelIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Bulk loads through COPY (issue 15): what goes in comes out unchanged, whatever the text
 * holds; an empty table gets its keys, indexes and foreign keys back after the load, and
 * a load that breaks a key fails as an insert would have. Each test works on a table of
 * its own, created and rolled back in its transaction.
 */
@SiapelIntegrationTest
class BulkCopyTests {

	@Autowired
	BulkCopy copy;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void rowsArriveAsWrittenWithTabsNewlinesBackslashesAndNulls() {
		this.transactions.executeWithoutResult((status) -> {
			this.jdbc.sql("create table bulk_probe (id bigint, day date, at timestamptz, n integer, note text)")
				.update();
			Instant at = Instant.parse("2026-03-02T00:05:07.123456Z");
			long rows = this.copy.copy("bulk_probe", "id, day, at, n, note", (out) -> {
				out.value(1)
					.value(LocalDate.of(2026, 3, 2))
					.value(at)
					.value(7)
					.value("Tab\there\nnew line \\ end")
					.end();
				out.value(2)
					.value((LocalDate) null)
					.value((Instant) null)
					.value((Integer) null)
					.value((String) null)
					.end();
				out.value(3).value(LocalDate.of(2026, 12, 31)).value(at).value(0).value("\\N is text, not null").end();
			});
			assertThat(rows).isEqualTo(3);
			List<String> read = this.jdbc.sql("""
					select id || '|' || coalesce(day::text, 'null') || '|' || coalesce((at = :at)::text, 'null')
					    || '|' || coalesce(n::text, 'null') || '|' || coalesce(note, 'null')
					from bulk_probe order by id""").param("at", java.sql.Timestamp.from(at)).query(String.class).list();
			assertThat(read).containsExactly("1|2026-03-02|true|7|Tab\there\nnew line \\ end", "2|null|null|null|null",
					"3|2026-12-31|true|0|\\N is text, not null");
			status.setRollbackOnly();
		});
	}

	@Test
	void anEmptyTableGetsItsKeysIndexesAndForeignKeysBackAfterTheLoad() {
		this.transactions.executeWithoutResult((status) -> {
			createTables();
			List<String> before = definitions();
			this.copy.withoutIndexes("bulk_child", () -> {
				assertThat(definitions()).as("set aside during the load").isEmpty();
				this.copy.copy("bulk_child", "id, parent_id, label", (out) -> {
					for (int i = 1; i <= 1000; i++) {
						out.value(i).value(i % 2 + 1).value("row " + i).end();
					}
				});
			});
			assertThat(definitions()).containsExactlyInAnyOrderElementsOf(before);
			assertThat(this.jdbc.sql("select count(*) from bulk_child").query(Long.class).single()).isEqualTo(1000);
			status.setRollbackOnly();
		});
	}

	@Test
	void aLoadWithDuplicateKeysOrUnknownParentsFailsAsAnInsertWould() {
		for (String rows : List.of("duplicate", "orphan")) {
			assertThatThrownBy(() -> this.transactions.executeWithoutResult((status) -> {
				createTables();
				this.copy.withoutIndexes("bulk_child",
						() -> this.copy.copy("bulk_child", "id, parent_id, label", (out) -> {
							out.value(1).value(1).value("first").end();
							out.value(rows.equals("duplicate") ? 1 : 2)
								.value(rows.equals("orphan") ? 99 : 1)
								.value("second")
								.end();
						}));
			})).as(rows)
				.hasMessageContaining(rows.equals("duplicate") ? "could not create unique index \"pk_bulk_child\""
						: "violates foreign key constraint \"fk_bulk_child_parent\"");
		}
		assertThat(this.jdbc.sql("select to_regclass('bulk_child') is null").query(Boolean.class).single())
			.as("rolled back")
			.isTrue();
	}

	@Test
	void aTableThatAlreadyHoldsRowsKeepsItsIndexesDuringTheLoad() {
		this.transactions.executeWithoutResult((status) -> {
			createTables();
			this.jdbc.sql("insert into bulk_child values (1, 1, 'there before')").update();
			this.copy.withoutIndexes("bulk_child", () -> assertThat(definitions()).hasSize(4));
			status.setRollbackOnly();
		});
	}

	private void createTables() {
		this.jdbc.sql("create table bulk_parent (id bigint primary key)").update();
		this.jdbc.sql("insert into bulk_parent values (1), (2)").update();
		this.jdbc.sql("""
				create table bulk_child (id bigint, parent_id bigint not null, label text,
				    constraint pk_bulk_child primary key (id),
				    constraint uk_bulk_child_label unique (label),
				    constraint fk_bulk_child_parent foreign key (parent_id) references bulk_parent (id))""").update();
		this.jdbc.sql("create index ix_bulk_child_parent on bulk_child (parent_id)").update();
	}

	/**
	 * The keys, foreign keys and plain indexes of bulk_child, as PostgreSQL defines them.
	 */
	private List<String> definitions() {
		return this.jdbc.sql("""
				select conname || ' ' || pg_get_constraintdef(oid) from pg_constraint
				where conrelid = 'bulk_child'::regclass and contype in ('p', 'u', 'f')
				union all
				select indexdef from pg_indexes where tablename = 'bulk_child'
				    and indexname not in (select conname from pg_constraint where conrelid = 'bulk_child'::regclass)""")
			.query(String.class)
			.list();
	}

}
