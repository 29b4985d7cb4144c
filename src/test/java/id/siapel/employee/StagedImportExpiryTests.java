package id.siapel.employee;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;

import id.siapel.organization.UnitView;
import id.siapel.testsupport.Fixtures;
import id.siapel.testsupport.Logins;
import id.siapel.testsupport.SiapelIntegrationTest;
import id.siapel.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static id.siapel.testsupport.SiapelIntegrationTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An uploaded import file waits at most {@code siapel.limits.staged-import-ttl} (24 h)
 * for its commit (issue 14): after that its preview and commit say it expired, even
 * before the hourly purge has deleted it, and the purge deletes it; a younger upload is
 * kept.
 */
@SiapelIntegrationTest
class StagedImportExpiryTests {

	static final String EXPIRED = "Berkas unggahan sudah kedaluwarsa, unggah lagi";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	StagedImports staged;

	@AfterEach
	void realTime() {
		this.clock.reset();
	}

	@Test
	void anUploadOlderThanItsTimeToLiveIsRefusedThenPurgedAndAYoungerOneKept() throws Exception {
		UnitView unit = this.fixtures.opd("Dinas Uji Kedaluwarsa");
		String nip = Fixtures.validPnsNip(Sex.M);
		MockHttpSession hr = Logins.login(this.mvc, "bkpsdm", DEMO_PASSWORD);
		LocalDateTime uploaded = LocalDateTime.of(2026, 3, 2, 9, 0);
		this.clock.set(uploaded);
		String old = upload(hr, nip, unit);
		this.clock.set(uploaded.plusHours(23));
		String young = upload(hr, Fixtures.validPnsNip(Sex.F), unit);
		this.mvc.perform(get(old).session(hr)).andExpect(status().isOk());

		this.clock.set(uploaded.plusHours(24).plusSeconds(1));
		this.mvc.perform(get(old).session(hr))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString(EXPIRED)))
			.andExpect(content().string(containsString("name=\"file\"")));
		this.mvc.perform(post(old + "/commit").session(hr).with(csrf()))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString(EXPIRED)));
		assertThat(this.jdbc.queryForObject("select count(*) from employee where nip = ?", Integer.class, nip))
			.as("an expired upload is never committed")
			.isZero();
		assertThat(stored(old)).as("not purged yet").isTrue();

		this.staged.purge();

		assertThat(stored(old)).as("purged").isFalse();
		assertThat(stored(young)).as("within its time to live").isTrue();
		this.mvc.perform(get(old).session(hr))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString(EXPIRED)));
		this.mvc.perform(get(young).session(hr))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1 baris benar")));
	}

	private String upload(MockHttpSession hr, String nip, UnitView unit) throws Exception {
		String csv = "nip,name,sex,employmentType,unitCode,position\n%s,Uji Kedaluwarsa,%s,PNS,%s,Staf\n".formatted(nip,
				(nip.charAt(14) == '1') ? "M" : "F", unit.code());
		return this.mvc
			.perform(multipart("/employees/import")
				.file(new MockMultipartFile("file", "pegawai.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
				.session(hr)
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	private boolean stored(String previewPath) {
		String id = previewPath.substring(previewPath.lastIndexOf('/') + 1);
		return this.jdbc.queryForObject("select count(*) from employee_import where id = ?::uuid", Integer.class,
				id) == 1;
	}

}
