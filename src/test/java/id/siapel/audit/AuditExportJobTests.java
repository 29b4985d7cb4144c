package id.siapel.audit;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import id.siapel.job.Jobs;
import id.siapel.testsupport.Logins;
import id.siapel.testsupport.SiapelIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The audit trail's CSV off the request path (issue 15): more lines than
 * {@code siapel.audit.inline-export-lines} (5 here) are queued as a job whose file holds
 * them all, the download written to the trail by the administrator when it is queued; a
 * narrow filter is still sent at once; the file goes to its owner only.
 */
@SiapelIntegrationTest
@TestPropertySource(properties = { "siapel.reports.inline-pdf-employees=5", "siapel.audit.inline-export-lines=5",
		"siapel.reports.inline-pdf-rows=20", "siapel.reports.max-pdf-employees=20" })
class AuditExportJobTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Jobs jobs;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aLongExportIsQueuedAndItsFileHoldsEveryLine() throws Exception {
		MockHttpSession admin = Logins.loginAsDemo(this.mvc, "admin");
		Logins.loginAsDemo(this.mvc, "bkpsdm");
		long matching = this.jdbc.sql("select count(*) from audit_entry where action = 'LOGIN'")
			.query(Long.class)
			.single();
		assertThat(matching).isGreaterThan(5);
		String location = this.mvc.perform(get("/admin/audit/export.csv").param("action", "LOGIN").session(admin))
			.andExpect(status().isSeeOther())
			.andReturn()
			.getResponse()
			.getHeader("Location");
		assertThat(location).matches("/jobs/[0-9]+");
		long job = Long.parseLong(location.substring("/jobs/".length()));
		Map<String, Object> written = this.jdbc
			.sql("select actor, subject, detail from audit_entry where action = 'PERSONAL_DATA_EXPORTED'"
					+ " order by id desc limit 1")
			.query()
			.singleRow();
		assertThat(written).containsEntry("actor", "admin");
		assertThat((String) written.get("subject")).startsWith("log-audit-");
		assertThat((String) written.get("detail")).contains("kind: LOGIN", "rows: " + matching,
				"as background job " + job);

		// Another administrator's job file is not this user's: only its owner (and ADMIN)
		// see it; the owner downloads it once the job ran.
		this.jobs.runPendingNow();
		String csv = new String(this.mvc.perform(get("/jobs/" + job + "/download").session(admin))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFF");
		// The header and one line per login up to the job's start.
		assertThat(csv.lines().count()).isGreaterThanOrEqualTo(matching + 1);
		assertThat(csv).contains(";LOGIN;");
		assertThat(this.jdbc.sql("select done from background_job where id = :id")
			.param("id", job)
			.query(Integer.class)
			.single()).isGreaterThanOrEqualTo((int) matching);
	}

	@Test
	void aNarrowExportIsStillSentAtOnce() throws Exception {
		MockHttpSession admin = Logins.loginAsDemo(this.mvc, "admin");
		this.mvc.perform(get("/admin/audit/export.csv").param("actor", "nobody-at-all").session(admin))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"));
		MockHttpSession hr = Logins.loginAsDemo(this.mvc, "bkpsdm");
		this.mvc.perform(get("/admin/audit/export.csv").param("action", "LOGIN").session(hr))
			.andExpect(status().isForbidden());
	}

}
