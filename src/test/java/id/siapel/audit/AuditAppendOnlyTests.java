package id.siapel.audit;

import id.siapel.testsupport.SiapelIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit trail cannot be rewritten through the application's own database connection
 * (issue 14): the database refuses UPDATE, DELETE and TRUNCATE.
 */
@SiapelIntegrationTest
class AuditAppendOnlyTests {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anEntryCanBeWrittenButNeverChangedOrRemoved() {
		Long id = this.jdbc.queryForObject("""
				insert into audit_entry (occurred_at, actor, action, subject, detail)
				values (now(), 'bkpsdm', 'EMPLOYEE_UPDATED', '199001012015031001', 'nama') returning id""", Long.class);

		assertThatThrownBy(() -> this.jdbc.update("update audit_entry set actor = 'someone-else' where id = ?", id))
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.update("delete from audit_entry where id = ?", id))
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.execute("truncate audit_entry")).isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("append-only");

		assertThat(this.jdbc.queryForObject("select actor from audit_entry where id = ?", String.class, id))
			.isEqualTo("bkpsdm");
	}

}
