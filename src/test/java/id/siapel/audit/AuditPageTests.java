package id.siapel.audit;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

import id.siapel.report.PemdaProfileView;
import id.siapel.report.PemdaProfiles;
import id.siapel.security.NewUser;
import id.siapel.security.Role;
import id.siapel.security.UserAccounts;
import id.siapel.testsupport.Fixtures;
import id.siapel.testsupport.Logins;
import id.siapel.testsupport.SiapelIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasProperty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The audit log for people (issue 13): Indonesian descriptions instead of event names,
 * never a dump of a record or an exception (also for lines written before), filters by
 * person, unit, dates and kind that combine and survive paging, a CSV of the same lines,
 * and only for administrators.
 */
@SiapelIntegrationTest
class AuditPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	Fixtures fixtures;

	@Autowired
	PemdaProfiles profiles;

	String actor;

	MockHttpSession admin;

	@BeforeEach
	void lines() throws Exception {
		this.actor = "pelaku-" + UUID.randomUUID().toString().substring(0, 8);
		// Lines as versions before issue 13 wrote them, in 2020 so that dates separate
		// them.
		insert(LocalDateTime.of(2020, 3, 2, 8, 0), this.actor, "PEMDA_PROFILE_CHANGED", "pemda",
				"PemdaProfileView[regionName=PEMERINTAH, officeName=SETDA, version=1] -> "
						+ "PemdaProfileView[regionName=PEMERINTAH KAB, officeName=SETDA, version=2]",
				null);
		insert(LocalDateTime.of(2020, 3, 3, 7, 30), null, "LOGIN_FAILED", this.actor, "BadCredentialsException", null);
		insert(LocalDateTime.of(2020, 3, 4, 9, 15), this.actor, "ROLL_CALL_SUBMITTED", "DINKES 2020-03-04 MORNING",
				"12 change(s), 40 record(s) written", "DINKES");
		insert(LocalDateTime.of(2020, 3, 5, 9, 15), this.actor, "ROLL_CALL_SUBMITTED", "DISDIK 2020-03-05 MORNING",
				"3 change(s), 20 record(s) written", "DISDIK");
		this.admin = Logins.loginAsDemo(this.mvc, "admin");
	}

	@Test
	void linesAreDescribedInIndonesianWithoutDumps() throws Exception {
		this.mvc.perform(get("/admin/audit").param("actor", this.actor).session(this.admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Profil Pemda (kop surat dan penanda tangan) diubah")))
			.andExpect(content().string(containsString("Apel dikirim: DINKES 2020-03-04 MORNING")))
			.andExpect(content().string(containsString("12 change(s), 40 record(s) written")))
			.andExpect(content().string(containsString("2020")))
			.andExpect(content().string(containsString("WIB")))
			.andExpect(content().string(not(containsString("PemdaProfileView"))))
			.andExpect(content().string(not(containsString("ROLL_CALL_SUBMITTED</"))));
		this.mvc
			.perform(get("/admin/audit").param("action", "LOGIN_FAILED")
				.param("from", "2020-03-03")
				.param("to", "2020-03-03")
				.session(this.admin))
			.andExpect(content().string(
					containsString("Login gagal: nama pengguna atau kata sandi salah untuk pengguna " + this.actor)))
			.andExpect(content().string(not(containsString("BadCredentialsException"))));
	}

	@Test
	void aFailedLoginNowSaysWhy() throws Exception {
		String username = "budi-" + UUID.randomUUID().toString().substring(0, 6);
		this.accounts.create(new NewUser(username, "kata-sandi-budi", "Budi", Set.of(Role.HR)));
		this.mvc.perform(post("/login").param("username", username).param("password", "salah-sekali").with(csrf()));
		this.mvc.perform(post("/login").param("username", username + "-x").param("password", "apa-saja").with(csrf()));
		assertThat(this.jdbc.queryForObject(
				"select detail from audit_entry where action = 'LOGIN_FAILED' and subject = ?", String.class, username))
			.isEqualTo("WRONG_PASSWORD");
		this.mvc.perform(get("/admin/audit").param("action", "LOGIN_FAILED").session(this.admin))
			.andExpect(content().string(containsString("Login gagal: kata sandi salah untuk pengguna " + username)))
			.andExpect(content()
				.string(containsString("Login gagal: nama pengguna tidak dikenal untuk pengguna " + username + "-x")));
	}

	@Test
	void filtersCombineAndStayInTheLinks() throws Exception {
		this.mvc
			.perform(get("/admin/audit").param("actor", this.actor.toUpperCase())
				.param("unit", "DINKES")
				.param("from", "2020-03-01")
				.param("to", "2020-03-31")
				.param("action", "ROLL_CALL_SUBMITTED")
				.session(this.admin))
			.andExpect(status().isOk())
			.andExpect(model().attribute("lines", hasProperty("totalElements", is(1L))))
			.andExpect(content().string(containsString("DINKES 2020-03-04 MORNING")))
			.andExpect(content().string(not(containsString("DISDIK 2020-03-05"))))
			.andExpect(content().string(containsString("/admin/audit/export.csv?actor=" + this.actor
					+ "&amp;unit=DINKES&amp;from=2020-03-01&amp;to=2020-03-31&amp;action=ROLL_CALL_SUBMITTED")));
		this.mvc.perform(get("/admin/audit").param("actor", this.actor).param("to", "2020-03-04").session(this.admin))
			.andExpect(model().attribute("lines", hasProperty("totalElements", is(2L))));
	}

	@Test
	void badFiltersAreFormMessagesNotErrors() throws Exception {
		this.mvc.perform(get("/admin/audit").param("from", "2020-13-45").session(this.admin))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("filter", "from"))
			.andExpect(content().string(containsString("Tanggal tidak valid")));
		this.mvc.perform(get("/admin/audit").param("from", "2020-03-05").param("to", "2020-03-01").session(this.admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tanggal akhir tidak boleh sebelum tanggal awal.")));
		this.mvc.perform(get("/admin/audit").param("action", "NO_SUCH_KIND").session(this.admin))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("filter", "action", "audit.filter.unknownKind"));
		this.mvc.perform(get("/admin/audit").param("page", "-3").session(this.admin)).andExpect(status().isOk());
		this.mvc.perform(get("/admin/audit/export.csv?to=kemarin").session(this.admin))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", "/admin/audit?to=kemarin"));
	}

	@Test
	void theCsvHoldsTheFilteredLinesForExcel() throws Exception {
		byte[] csv = this.mvc.perform(get("/admin/audit/export.csv").param("actor", this.actor).session(this.admin))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/csv")))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
		String text = new String(csv, StandardCharsets.UTF_8);
		assertThat(text.lines().toList()).hasSize(4);
		assertThat(text).contains("Waktu;Pelaku;Kejadian;Jenis;Unit;Objek;Keterangan;Alamat IP")
			.contains("2020-03-04 09:15:00;" + this.actor + ";Apel dikirim: DINKES 2020-03-04 MORNING;"
					+ "ROLL_CALL_SUBMITTED;DINKES;DINKES 2020-03-04 MORNING;12 change(s), 40 record(s) written;")
			.contains("Profil Pemda (kop surat dan penanda tangan) diubah")
			.doesNotContain("PemdaProfileView");
	}

	@Test
	void onlyAdministratorsReadOrExportTheLog() throws Exception {
		String head = "kepala-" + UUID.randomUUID().toString().substring(0, 6);
		this.accounts.create(new NewUser(head, "kepala-audit-uji", "Kepala Audit", Set.of(Role.UNIT_HEAD),
				this.fixtures.opd("Dinas Audit Uji").code()));
		for (MockHttpSession other : new MockHttpSession[] { Logins.loginAsDemo(this.mvc, "bkpsdm"),
				Logins.loginAsDemo(this.mvc, "sekda"), Logins.login(this.mvc, head, "kepala-audit-uji") }) {
			this.mvc.perform(get("/admin/audit").session(other)).andExpect(status().isForbidden());
			this.mvc.perform(get("/admin/audit/export.csv").session(other)).andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/admin/audit/export.csv")).andExpect(status().isFound());
	}

	@Test
	void aChangedPemdaProfileIsStoredAsItsChangedFields() throws Exception {
		PemdaProfileView before = this.profiles.current();
		String rank = "Pembina Utama Muda (IV/c) " + UUID.randomUUID().toString().substring(0, 4);
		this.mvc
			.perform(post("/admin/pemda").session(this.admin)
				.with(csrf())
				.param("version", String.valueOf(before.version()))
				.param("regionName", before.regionName())
				.param("officeName", before.officeName())
				.param("address", before.address())
				.param("contact", before.contact())
				.param("city", before.city())
				.param("regentTitle", before.regentTitle())
				.param("secretaryName", before.secretaryName())
				.param("secretaryNip", before.secretaryNip())
				.param("secretaryTitle", before.secretaryTitle())
				.param("secretaryRank", rank))
			.andExpect(status().isFound());
		String detail = this.jdbc.queryForObject(
				"select detail from audit_entry where action = 'PEMDA_PROFILE_CHANGED' order by id desc limit 1",
				String.class);
		assertThat(detail).startsWith("secretaryRank: ").endsWith("→ \"" + rank + "\"").doesNotContain("View[");
	}

	private void insert(LocalDateTime when, String actor, String action, String subject, String detail,
			String unitCode) {
		this.jdbc.update(
				"insert into audit_entry (occurred_at, actor, action, subject, detail, remote_address, unit_code)"
						+ " values (?, ?, ?, ?, ?, '10.0.0.1', ?)",
				Timestamp.from(when.atZone(ZoneId.of("Asia/Jakarta")).toInstant()), actor, action, subject, detail,
				unitCode);
	}

}
