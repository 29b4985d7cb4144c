package id.siapel.discipline;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import id.siapel.organization.UnitKind;
import id.siapel.organization.UnitView;
import id.siapel.testsupport.Fixtures;
import id.siapel.testsupport.Logins;
import id.siapel.testsupport.SiapelIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The flags queue as BKPSDM reads it (issue 13): each flag names the OPD as well as the
 * sub-unit, and "select all on this page" reviews every open flag of the page even
 * without JavaScript.
 */
@SiapelIntegrationTest
class FlagPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	UnitView opd;

	UnitView division;

	List<Long> ids;

	MockHttpSession hr;

	@BeforeEach
	void threeOpenFlagsAndOneReviewedInASubUnit() throws Exception {
		this.opd = this.fixtures.opd("Dinas Penandaan Uji");
		this.division = this.fixtures.unit(this.opd.code(), "Bidang Penandaan Uji", UnitKind.DIVISION);
		this.jdbc
			.sql("""
					insert into discipline_flag (kind, cause_key, unit_id, day, severity, detail_key, detail_args, raised_at,
					    updated_at)
					select 'ROLL_CALL_MISSING', 'PAGE:' || :unit || ':' || n, :unit, date '2024-03-01' + n, 'NORMAL',
					    'flag.detail.ROLL_CALL_MISSING', 'MORNING' || chr(10) || '0' || chr(10) || '5', now(), now()
					from generate_series(1, 4) as n""")
			.param("unit", this.division.id())
			.update();
		this.ids = this.jdbc.sql("select id from discipline_flag where unit_id = :unit order by id")
			.param("unit", this.division.id())
			.query(Long.class)
			.list();
		this.jdbc
			.sql("update discipline_flag set status = 'DISMISSED', reviewed_by = 'bkpsdm', review_note = 'x',"
					+ " reviewed_at = now() where id = :id")
			.param("id", this.ids.get(3))
			.update();
		this.hr = Logins.loginAsDemo(this.mvc, "bkpsdm");
	}

	@Test
	void eachFlagNamesItsOpdBesideTheSubUnit() throws Exception {
		String item = item(page(), this.ids.get(0));
		assertThat(item).contains("data-testid=\"flag-opd\">Dinas Penandaan Uji</strong>")
			.contains(">Bidang Penandaan Uji</span>");
	}

	@Test
	void selectAllOnThePageReviewsEveryOpenFlagOfThePageWithoutJavaScript() throws Exception {
		String html = page();
		// In the order of the page: newest day first.
		String open = Stream.of(this.ids.get(2), this.ids.get(1), this.ids.get(0))
			.map(String::valueOf)
			.collect(Collectors.joining(","));
		assertThat(html).contains("name=\"pageIds\" value=\"" + open + "\"")
			.contains("name=\"allOnPage\" value=\"true\"")
			.contains("Pilih semua di halaman ini (3 penandaan terbuka)");
		// The list of the page alone reviews nothing: the box must be ticked.
		this.mvc
			.perform(post("/flags/review").session(this.hr)
				.with(csrf())
				.param("pageIds", open)
				.param("decision", "CONFIRMED")
				.param("note", "Sudah diklarifikasi"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("warning", "flag.review.noneChosen"));
		this.mvc
			.perform(post("/flags/review").session(this.hr)
				.with(csrf())
				.param("allOnPage", "true")
				.param("pageIds", open)
				.param("ids", String.valueOf(this.ids.get(1)))
				.param("decision", "CONFIRMED")
				.param("note", "Sudah diklarifikasi")
				.param("back", "?unit=" + this.opd.code()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("success", "flag.reviewed.CONFIRMED"));
		assertThat(this.jdbc.sql("select status from discipline_flag where unit_id = :unit order by id")
			.param("unit", this.division.id())
			.query(String.class)
			.list()).containsExactly("CONFIRMED", "CONFIRMED", "CONFIRMED", "DISMISSED");
	}

	private String page() throws Exception {
		return this.mvc.perform(get("/flags").session(this.hr).param("unit", this.opd.code()).param("status", "ALL"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static String item(String html, long id) {
		Matcher matcher = Pattern.compile("data-testid=\"flag-" + id + "\">(.*?)</li>", Pattern.DOTALL).matcher(html);
		assertThat(matcher.find()).as("flag " + id).isTrue();
		return matcher.group(1);
	}

}
