package id.siapel.report.sanctions;

import id.siapel.testsupport.Logins;
import id.siapel.testsupport.SiapelIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Revoking a printed document (issue 14): only HR and administrators, with a reason and
 * CSRF, audited; the QR code then says "Dicabut" with the date and reason, never genuine.
 */
@SiapelIntegrationTest
class DocumentRevocationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	String code;

	@BeforeEach
	void aPrintedList() {
		this.code = SampleDocuments.printedSanctionList(this.context, "199001012020011001");
	}

	@Test
	void hrRevokesWithAReasonAndTheCodeSaysRevoked() throws Exception {
		MockHttpSession hr = Logins.loginAsDemo(this.mvc, "bkpsdm");
		this.mvc.perform(get("/verify/{code}", this.code).session(hr))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"verify-revoke\"")));
		// Without a reason: refused, still genuine.
		this.mvc.perform(post("/verify/{code}/revoke", this.code).param("reason", " ").session(hr).with(csrf()))
			.andExpect(redirectedUrl("/verify/" + this.code));
		this.mvc.perform(get("/verify/{code}", this.code))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"verify-valid\"")));

		this.mvc
			.perform(post("/verify/{code}/revoke", this.code).param("reason", "Salah periode, diganti cetakan baru")
				.session(hr)
				.with(csrf()))
			.andExpect(redirectedUrl("/verify/" + this.code));
		this.mvc.perform(get("/verify/{code}", this.code))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("data-testid=\"verify-revoked\"")))
			.andExpect(content().string(containsString("Dicabut")))
			.andExpect(content().string(containsString("Salah periode, diganti cetakan baru")))
			.andExpect(content().string(not(containsString("data-testid=\"verify-valid\""))))
			.andExpect(content().string(not(containsString("199001012020011001"))));
		this.mvc.perform(get("/verify/{code}", this.code).session(hr))
			.andExpect(status().isGone())
			.andExpect(content().string(not(containsString("data-testid=\"verify-revoke\""))));
		assertThat(this.jdbc.sql("select detail from audit_entry where action = 'DOCUMENT_REVOKED' and subject = :code")
			.param("code", this.code)
			.query(String.class)
			.list()).containsExactly("Salah periode, diganti cetakan baru");
		// A second time: refused, the first reason stays.
		this.mvc.perform(post("/verify/{code}/revoke", this.code).param("reason", "lagi").session(hr).with(csrf()))
			.andExpect(redirectedUrl("/verify/" + this.code));
		assertThat(this.jdbc.sql("select revoke_reason from printed_document where revoked_at is not null")
			.query(String.class)
			.list()).contains("Salah periode, diganti cetakan baru").doesNotContain("lagi");
	}

	@Test
	void nobodyElseRevokes() throws Exception {
		this.mvc.perform(post("/verify/{code}/revoke", this.code).param("reason", "iseng").with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", containsString("/login")));
		MockHttpSession sekda = Logins.loginAsDemo(this.mvc, "sekda");
		this.mvc.perform(get("/verify/{code}", this.code).session(sekda))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sri Wahyuni, A.Md.")))
			.andExpect(content().string(not(containsString("data-testid=\"verify-revoke\""))));
		this.mvc.perform(post("/verify/{code}/revoke", this.code).param("reason", "iseng").session(sekda).with(csrf()))
			.andExpect(status().isForbidden());
		MockHttpSession hr = Logins.loginAsDemo(this.mvc, "bkpsdm");
		this.mvc.perform(post("/verify/{code}/revoke", this.code).param("reason", "tanpa token").session(hr))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/verify/{code}", this.code))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"verify-valid\"")));
	}

}
