package id.siapel.discipline;

import java.time.LocalDate;

import id.siapel.organization.UnitView;
import id.siapel.testsupport.Fixtures;
import id.siapel.testsupport.SiapelIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static id.siapel.testsupport.SiapelIntegrationTest.DEMO_PASSWORD;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code GET /api/v1/flags} pages instead of stopping silently at a fixed number of rows:
 * {@code page} and {@code size} (default 100, at most 1000), the total in
 * {@code X-Total-Count} and the neighbouring pages in an RFC 8288 {@code Link} header.
 */
@SiapelIntegrationTest
class FlagPagingApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	UnitView opd;

	@BeforeEach
	void anOpdWith150MissingRollCalls() {
		this.opd = this.fixtures.opd("Dinas Banyak Penandaan");
		this.jdbc
			.sql("""
					insert into discipline_flag (kind, cause_key, unit_id, day, severity, detail_key, detail_args, raised_at,
					    updated_at)
					select 'ROLL_CALL_MISSING', 'PAGING:' || :unit || ':' || n, :unit, date '2024-01-01' + n, 'NORMAL',
					    'flag.detail.ROLL_CALL_MISSING', 'MORNING' || chr(10) || '0' || chr(10) || '5', now(), now()
					from generate_series(1, 150) as n""")
			.param("unit", this.opd.id())
			.update();
	}

	@Test
	void theDefaultPageHasAHundredFlagsTheTotalAndALinkToTheNext() throws Exception {
		flags("").andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(100)))
			.andExpect(header().string("X-Total-Count", "150"))
			.andExpect(header().string("Link", containsString("page=1&size=100>; rel=\"next\"")))
			.andExpect(header().string("Link", not(containsString("rel=\"prev\""))))
			.andExpect(header().string("Link", containsString("unit=" + this.opd.code())));
		flags("&page=1").andExpect(jsonPath("$", hasSize(50)))
			.andExpect(header().string("Link", containsString("page=0&size=100>; rel=\"prev\"")))
			.andExpect(header().string("Link", not(containsString("rel=\"next\""))));
	}

	@Test
	void smallPagesWalkThroughEveryFlagOnce() throws Exception {
		flags("&size=40&page=3").andExpect(jsonPath("$", hasSize(30)))
			.andExpect(jsonPath("$[0].date").value(LocalDate.of(2024, 1, 1).plusDays(30).toString()))
			.andExpect(header().string("X-Total-Count", "150"))
			.andExpect(header().string("Link", containsString("page=2&size=40>; rel=\"prev\"")))
			.andExpect(header().string("Link", containsString("page=3&size=40>; rel=\"last\"")));
		flags("&size=1000").andExpect(jsonPath("$", hasSize(150)));
		flags("&page=9").andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void aBadPageOrSizeIsAProblemNotACutList() throws Exception {
		flags("&size=1001").andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors[0].field").value("size"));
		flags("&size=0").andExpect(status().isUnprocessableContent());
		flags("&page=-1&size=-5").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors", hasSize(2)))
			.andExpect(jsonPath("$.errors[0].field").value("page"));
		flags("&page=x").andExpect(status().isBadRequest());
	}

	private ResultActions flags(String query) throws Exception {
		return this.mvc.perform(get("/api/v1/flags?kind=ROLL_CALL_MISSING&unit=" + this.opd.code() + query)
			.with(httpBasic("bkpsdm", DEMO_PASSWORD)));
	}

}
