package id.siapel.attendance;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import id.siapel.organization.UnitView;
import id.siapel.security.NewUser;
import id.siapel.security.Role;
import id.siapel.security.UserAccounts;
import id.siapel.testsupport.Fixtures;
import id.siapel.testsupport.HttpUser;
import id.siapel.testsupport.SiapelServerTest;
import id.siapel.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The largest OPD (5,000 people) on the real server, as a browser without JavaScript uses
 * it: the page is light per person, and the plain form with every line (four fields each,
 * 20,000 in all) is accepted by the servlet container and saved; before, Tomcat's default
 * of 1,000 parameters refused any sheet of 250 people or more with a 400.
 */
@SiapelServerTest
class PlainSheetFormTests {

	static final String PASSWORD = "kepala-lima-ribu";

	static final int PEOPLE = 5000;

	static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>");

	static final Pattern ATTRIBUTE = Pattern.compile("([a-z-]+)=\"([^\"]*)\"");

	static final Pattern ELEMENT = Pattern.compile("<[a-zA-Z]");

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void realTimeAgain() {
		this.clock.reset();
	}

	@Test
	void aSheetOf5000PeopleIsLightAndItsPlainFormIsSaved() throws Exception {
		this.clock.set(LocalDateTime.of(2025, 4, 8, 7, 45));
		UnitView opd = this.fixtures.opd("Dinas Pendidikan Uji");
		List<String> staff = this.fixtures.employees(opd.code(), PEOPLE, LocalDate.of(2012, 7, 1));
		String head = "kepala-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts
			.create(new NewUser(head, PASSWORD, "Kepala Dinas Pendidikan", Set.of(Role.UNIT_HEAD), opd.code()));
		HttpUser browser = new HttpUser("http://localhost:" + this.port);
		assertThat(browser.loginWithForm(head, PASSWORD)).isEqualTo("/");

		String path = "/roll-calls/" + opd.code() + "/2025-04-08/MORNING";
		String page = browser.get(path).body();
		String rows = page.substring(page.indexOf("<ol class=\"rows\">"), page.lastIndexOf("</ol>"));
		double bytesPerPerson = rows.getBytes(StandardCharsets.UTF_8).length / (double) PEOPLE;
		double elementsPerPerson = count(ELEMENT, rows) / (double) PEOPLE;
		assertThat(bytesPerPerson).isLessThanOrEqualTo(600);
		assertThat(elementsPerPerson).isLessThanOrEqualTo(10);

		// Every field of the form, as the browser sends it, with three lines changed.
		Map<String, String> fields = new LinkedHashMap<>();
		int start = page.indexOf("<form method=\"post\" data-sheet");
		String form = page.substring(start, page.indexOf("</form>", start));
		Matcher input = INPUT.matcher(form);
		while (input.find()) {
			Map<String, String> attributes = new LinkedHashMap<>();
			Matcher attribute = ATTRIBUTE.matcher(input.group(1));
			while (attribute.find()) {
				attributes.put(attribute.group(1), attribute.group(2));
			}
			if (attributes.containsKey("name")) {
				fields.put(attributes.get("name"), attributes.getOrDefault("value", ""));
			}
		}
		assertThat(fields.keySet().stream().filter((name) -> name.startsWith("s."))).hasSize(PEOPLE);
		assertThat(fields).hasSizeGreaterThan(4 * PEOPLE);
		fields.put("s." + staff.get(0), "TK");
		fields.put("s." + staff.get(2500), "t");
		fields.put("m." + staff.get(2500), "15");
		fields.put("s." + staff.get(4999), "DL");
		String body = fields.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));

		HttpResponse<String> saved = browser.postForm(path, body);
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(saved.headers().firstValue("Location").orElse("")).endsWith(path);
		assertThat(this.jdbc
			.sql("select status, count(*) from attendance_record where unit_id = :unit "
					+ "and day = '2025-04-08' and session = 'MORNING' group by status")
			.param("unit", opd.id())
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
			.list()).containsExactlyInAnyOrder(Map.entry("PRESENT", 4997L), Map.entry("UNEXCUSED", 1L),
					Map.entry("LATE", 1L), Map.entry("OFFICIAL_TRAVEL", 1L));

		// The same form sent again (a double tap, or a retry after a lost answer) is
		// applied once.
		assertThat(browser.postForm(path, body).statusCode()).isEqualTo(302);
		assertThat(this.jdbc
			.sql("select count(*) from attendance_change c join roll_call r on r.id = c.roll_call_id "
					+ "where r.unit_id = :unit and r.day = '2025-04-08' and r.session = 'MORNING'")
			.param("unit", opd.id())
			.query(Long.class)
			.single()).isEqualTo(3);
	}

	private static long count(Pattern pattern, String text) {
		return pattern.matcher(text).results().count();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
