package id.siapel.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.siapel.organization.UnitKind;
import id.siapel.organization.UnitView;
import id.siapel.testsupport.CasesThroughApi;
import id.siapel.testsupport.Fixtures;
import id.siapel.testsupport.SiapelIntegrationTest;
import id.siapel.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriComponentsBuilder;

import static id.siapel.testsupport.SiapelIntegrationTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The authorization matrix (issue 14): every route of the application, read from its own
 * {@link RequestMappingHandlerMapping}, asked by every kind of caller, against the answer
 * written down in {@code src/test/resources/authorization-matrix.csv}. A new route
 * without a line in the table fails the build, so nobody adds an endpoint without
 * deciding who may call it (product.md §1, "No one where they don't belong").
 * <p>
 * Every run also writes what the application actually answered to
 * {@code target/authorization-matrix-observed.csv}, in the table's own layout: a new
 * route's line can be started from it, but each cell must be checked against the roles
 * before it is copied.
 */
@SiapelIntegrationTest
class AuthorizationMatrixTests {

	static final String TABLE = "/authorization-matrix.csv";

	static final Path OBSERVED = Path.of("target", "authorization-matrix-observed.csv");

	/** A working Monday whose roll calls a head may still change "now" (see clock). */
	static final LocalDate DAY = LocalDate.of(2025, 4, 14);

	/** Stands for an id nothing has: the answer is then about the route, not the row. */
	static final String MISSING = "987654321";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * Bodies of the API writes whose unit scope travels in the body, not in the route
	 * (variables as in the table), so that the head's own and foreign requests differ.
	 * Every other write gets an empty JSON object or form.
	 */
	static final Map<String, String> BODIES = Map.of("POST /api/v1/leaves", """
			{"nip": "{nip}", "type": "ANNUAL_LEAVE", "startDate": "2025-04-15", "endDate": "2025-04-15"}""");

	/** Who asks: the columns of the table, in order. */
	enum Caller {

		ANONYMOUS, UNIT_HEAD, UNIT_HEAD_FOREIGN, HR, SECRETARY, ADMIN

	}

	/**
	 * What a caller must get. {@code OK}: anything but 401, 403, a redirect to the login
	 * page or a server error (a 400, 409 or 422 from validation means the request got
	 * past authorization and was checked; a 404 counts too, as the row asked for may be
	 * missing or gone after an earlier allowed deletion); {@code LOGIN}: 401 under
	 * {@code /api}, a redirect to {@code /login} for pages; {@code FORBIDDEN}: 403;
	 * {@code NOT_FOUND}: 404 where the application hides that something exists;
	 * {@code NOT_APPLICABLE}: not asked (the route names no unit, employee, case or roll
	 * call).
	 */
	enum Answer {

		OK("ok"), LOGIN("login"), FORBIDDEN("403"), NOT_FOUND("404"), NOT_APPLICABLE("n/a");

		final String cell;

		Answer(String cell) {
			this.cell = cell;
		}

		static Answer of(String cell) {
			for (Answer answer : values()) {
				if (answer.cell.equals(cell)) {
					return answer;
				}
			}
			throw new IllegalArgumentException("Unknown cell '" + cell + "' (ok, login, 403, 404, n/a)");
		}

	}

	/** One line of the table: the route, the request actually sent, the answers. */
	record Line(String route, String request, Map<Caller, Answer> answers) {
	}

	/** A route as the handler mappings know it, with what the request must carry. */
	record Route(String key, String method, String pattern, String consumes, Map<String, String> params) {
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Fixtures fixtures;

	@Autowired
	UserAccounts accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@AfterEach
	void realTime() {
		this.clock.reset();
	}

	@Test
	void everyRouteHasALineInTheTableAndEveryLineARoute() throws IOException {
		Set<String> routes = routes().keySet();
		Set<String> lines = table().keySet();
		Set<String> withoutLine = new TreeSet<>(routes);
		withoutLine.removeAll(lines);
		Set<String> withoutRoute = new TreeSet<>(lines);
		withoutRoute.removeAll(routes);
		assertSoftly((softly) -> {
			softly.assertThat(withoutLine)
				.as("Routes without a line in %s: add one with the answer each caller must get", TABLE)
				.isEmpty();
			softly.assertThat(withoutRoute)
				.as("Lines of %s naming a route that no longer exists: remove them", TABLE)
				.isEmpty();
		});
	}

	@Test
	void everyCallerGetsTheAnswerTheTableGives() throws Exception {
		Map<String, Route> routes = routes();
		Map<String, Line> table = table();
		this.clock.set(DAY.plusDays(1).atTime(17, 0));
		Scene scene = scene();
		List<String> mismatches = new ArrayList<>();
		Map<String, Map<Caller, String>> observed = new TreeMap<>();
		Map<String, List<String>> statuses = new TreeMap<>();
		// Reads first, then writes, and deletions last: an allowed write cannot take away
		// what a later line asks for (and it was sent an empty body, so it is mostly
		// refused by validation anyway).
		List<Line> lines = new ArrayList<>(table.values());
		lines.sort(Comparator.comparingInt(AuthorizationMatrixTests::order).thenComparing(Line::route));
		for (Line line : lines) {
			Route route = routes.get(line.route());
			if (route == null) {
				continue; // reported by the other test
			}
			Map<Caller, String> answers = new EnumMap<>(Caller.class);
			for (Caller caller : List.of(Caller.ANONYMOUS, Caller.UNIT_HEAD_FOREIGN, Caller.UNIT_HEAD, Caller.SECRETARY,
					Caller.ADMIN, Caller.HR)) {
				Answer expected = line.answers().get(caller);
				if (expected == Answer.NOT_APPLICABLE && caller == Caller.UNIT_HEAD_FOREIGN) {
					answers.put(caller, Answer.NOT_APPLICABLE.cell);
					continue;
				}
				String uri = scene.uri(line.request(), caller == Caller.UNIT_HEAD_FOREIGN);
				MockHttpServletResponse response = send(route, uri, caller, scene);
				String got = classify(route, response);
				answers.put(caller, got);
				statuses.computeIfAbsent(line.route(), (r) -> new ArrayList<>())
					.add(caller + " " + response.getStatus());
				if (expected == Answer.NOT_APPLICABLE) {
					mismatches.add("%s as %s: the table says n/a, which only %s may say".formatted(line.route(), caller,
							Caller.UNIT_HEAD_FOREIGN));
				}
				else if (!expected.cell.equals(got) && !(expected == Answer.OK && Answer.NOT_FOUND.cell.equals(got))) {
					mismatches.add("%s as %s: expected %s, got %s (HTTP %d%s) for %s".formatted(line.route(), caller,
							expected.cell, got, response.getStatus(),
							(response.getRedirectedUrl() != null) ? " to " + response.getRedirectedUrl() : "", uri));
				}
			}
			observed.put(line.route(), answers);
		}
		for (String key : routes.keySet()) {
			if (!table.containsKey(key)) {
				observed.put(key, observe(routes.get(key), scene));
			}
		}
		writeObserved(observed, statuses, table);
		assertThat(mismatches).as("Answers that differ from %s (what was answered: %s)", TABLE, OBSERVED).isEmpty();
	}

	/**
	 * A route without a line is still asked, so that its observed answers can be copied.
	 */
	private Map<Caller, String> observe(Route route, Scene scene) throws Exception {
		Map<Caller, String> answers = new EnumMap<>(Caller.class);
		if (!"GET".equals(route.method())) {
			return answers; // a write is not sent before someone decided who may send it
		}
		for (Caller caller : Caller.values()) {
			String uri = scene.uri(route.pattern(), caller == Caller.UNIT_HEAD_FOREIGN);
			answers.put(caller, classify(route, send(route, uri, caller, scene)));
		}
		return answers;
	}

	private static int order(Line line) {
		String method = line.route().substring(0, line.route().indexOf(' '));
		if ("GET".equals(method)) {
			return 0;
		}
		String path = line.route().toLowerCase(Locale.ROOT);
		if ("DELETE".equals(method) || path.contains("/delete") || path.contains("/discard")
				|| path.contains("/revoke")) {
			return 2;
		}
		return 1;
	}

	private MockHttpServletResponse send(Route route, String uri, Caller caller, Scene scene) throws Exception {
		boolean api = route.pattern().startsWith("/api/");
		AbstractMockHttpServletRequestBuilder<?> request;
		if (route.consumes() != null && route.consumes().startsWith("multipart/")) {
			request = MockMvcRequestBuilders.multipart(HttpMethod.valueOf(route.method()), uri);
		}
		else {
			request = MockMvcRequestBuilders.request(HttpMethod.valueOf(route.method()), uri);
			if (!"GET".equals(route.method()) && !"DELETE".equals(route.method())) {
				if (route.consumes() != null) {
					// Never an empty body: a missing body is refused before the method's
					// own
					// authorization is reached, and the answer would say nothing about
					// it.
					request.contentType(route.consumes()).content(route.consumes().contains("json") ? "{}" : "x\n");
				}
				else if (api) {
					String body = BODIES.get(route.key());
					request.contentType(MediaType.APPLICATION_JSON)
						.content((body != null)
								? scene.expand(body, route.pattern(), caller == Caller.UNIT_HEAD_FOREIGN) : "{}");
				}
			}
		}
		route.params().forEach(request::param);
		if (!api && !"GET".equals(route.method())) {
			request.with(csrf());
		}
		String username = switch (caller) {
			case ANONYMOUS -> null;
			case UNIT_HEAD, UNIT_HEAD_FOREIGN -> scene.head;
			case HR -> "bkpsdm";
			case SECRETARY -> "sekda";
			case ADMIN -> "admin";
		};
		if (username != null) {
			// The user as the login would make them (roles and unit scope from the
			// database), without a bcrypt check per request.
			request.with(user(this.users.loadUserByUsername(username)));
		}
		try {
			return this.mvc.perform(request).andReturn().getResponse();
		}
		catch (Exception ex) {
			// An exception the application did not turn into an answer: a server error.
			MockHttpServletResponse failed = new MockHttpServletResponse();
			failed.setStatus(500);
			return failed;
		}
	}

	private static String classify(Route route, MockHttpServletResponse response) {
		int status = response.getStatus();
		String redirect = response.getRedirectedUrl();
		if (status == 401 || (redirect != null && redirect.replaceFirst("^https?://[^/]+", "").startsWith("/login"))) {
			return Answer.LOGIN.cell;
		}
		if (status == 403) {
			return Answer.FORBIDDEN.cell;
		}
		if (status == 404) {
			return Answer.NOT_FOUND.cell;
		}
		if (status >= 500) {
			return String.valueOf(status);
		}
		return Answer.OK.cell;
	}

	/**
	 * Every route of the application: each pattern with each HTTP method of every request
	 * mapping, named {@code METHOD pattern}; where two handlers share both, the name adds
	 * what tells them apart ({@code [params=…]} or {@code [consumes=…]}).
	 * <p>
	 * Not here, because they are no MVC handlers of the application: the actuator
	 * endpoints (their own handler mapping; only {@code /actuator/health} is open, the
	 * rest is ADMIN's, see {@code SecurityTests}), the login and logout posts (Spring
	 * Security filters) and static resources.
	 */
	private Map<String, Route> routes() {
		Map<String, List<Route>> byName = new TreeMap<>();
		for (RequestMappingHandlerMapping mapping : this.context.getBeansOfType(RequestMappingHandlerMapping.class)
			.values()) {
			for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				for (String pattern : info.getPatternValues()) {
					if (pattern.equals("/error")) {
						// The servlet container's error page: only reached by an error
						// dispatch of another request, open to all by design (it must
						// show
						// the login page's errors too); not a resource of its own.
						continue;
					}
					assertThat(methods).as("%s maps every HTTP method: name the ones it answers", pattern).isNotEmpty();
					String consumes = info.getConsumesCondition()
						.getConsumableMediaTypes()
						.stream()
						.findFirst()
						.map(MediaType::toString)
						.orElse(null);
					Map<String, String> params = new LinkedHashMap<>();
					info.getParamsCondition().getExpressions().forEach((p) -> params.put(p.getName(), "1"));
					for (RequestMethod method : methods) {
						String name = method.name() + " " + pattern;
						byName.computeIfAbsent(name, (n) -> new ArrayList<>())
							.add(new Route(name, method.name(), pattern, consumes, params));
					}
				}
			}
		}
		Map<String, Route> routes = new TreeMap<>();
		byName.forEach((name, shared) -> {
			for (Route route : shared) {
				String key = name;
				if (shared.size() > 1) {
					key = name
							+ (route.params().isEmpty() ? ""
									: " [params=" + String.join("&", route.params().keySet()) + "]")
							+ ((route.consumes() == null) ? "" : " [consumes=" + route.consumes() + "]");
				}
				routes.put(key, new Route(key, route.method(), route.pattern(), route.consumes(), route.params()));
			}
		});
		return routes;
	}

	/**
	 * The table: {@code #} starts a comment; each line is the route name, optionally with
	 * the query string the request carries ({@code GET /employees?unit={unit}}), then one
	 * cell per {@link Caller}.
	 */
	private static Map<String, Line> table() throws IOException {
		Map<String, Line> lines = new LinkedHashMap<>();
		try (InputStream in = AuthorizationMatrixTests.class.getResourceAsStream(TABLE)) {
			assertThat(in).as(TABLE).isNotNull();
			int number = 0;
			for (String text : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				number++;
				String trimmed = text.replaceFirst("(^|\\s)#.*$", "").strip();
				if (trimmed.isEmpty() || trimmed.startsWith("route,")) {
					continue;
				}
				String[] cells = trimmed.split("\\s*,\\s*");
				assertThat(cells).as("%s line %d: a route and %d answers", TABLE, number, Caller.values().length)
					.hasSize(Caller.values().length + 1);
				String request = cells[0];
				String route = request.replaceFirst("\\?[^ ]*", "");
				Map<Caller, Answer> answers = new EnumMap<>(Caller.class);
				for (Caller caller : Caller.values()) {
					answers.put(caller, Answer.of(cells[caller.ordinal() + 1]));
				}
				assertThat(lines).as("%s line %d: %s twice", TABLE, number, route).doesNotContainKey(route);
				lines.put(route, new Line(route, request.replaceFirst(" \\[.*$", ""), answers));
			}
		}
		return lines;
	}

	private static void writeObserved(Map<String, Map<Caller, String>> observed, Map<String, List<String>> statuses,
			Map<String, Line> table) throws IOException {
		StringBuilder out = new StringBuilder("route, ANONYMOUS, UNIT_HEAD, UNIT_HEAD_FOREIGN, HR, SECRETARY, ADMIN\n");
		observed.forEach((route, answers) -> {
			Line line = table.get(route);
			String request = (line != null) ? line.request() : route;
			String qualifier = route.substring(request.replaceFirst("\\?[^ ]*$", "").length());
			out.append(request).append(qualifier);
			for (Caller caller : Caller.values()) {
				out.append(", ").append(answers.getOrDefault(caller, "?"));
			}
			out.append("  # HTTP ").append(String.join(", ", statuses.getOrDefault(route, List.of()))).append('\n');
		});
		Files.createDirectories(OBSERVED.getParent());
		Files.writeString(OBSERVED, out.toString());
	}

	/**
	 * The data the requests name: an OPD with a sub-unit and a head of its own, another
	 * OPD outside that head's scope, an employee and a sanction case in each, and ids of
	 * existing settings rows.
	 */
	private Scene scene() throws Exception {
		UnitView mine = this.fixtures.opd("Dinas Matriks Sendiri");
		UnitView sub = this.fixtures.unit(mine.code(), "Bidang Matriks Sendiri", UnitKind.DIVISION);
		UnitView theirs = this.fixtures.opd("Dinas Matriks Lain");
		LocalDate since = LocalDate.of(2016, 1, 4);
		String myEmployee = this.fixtures.employee(sub.code(), "Pegawai Matriks Sendiri", since);
		String theirEmployee = this.fixtures.employee(theirs.code(), "Pegawai Matriks Lain", since);
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String head = "kepala-matriks-" + suffix;
		this.accounts
			.create(new NewUser(head, "kepala-matriks-uji", "Kepala Matriks", Set.of(Role.UNIT_HEAD), mine.code()));
		String target = "sasaran-" + suffix;
		this.accounts.create(new NewUser(target, "sasaran-matriks-uji", "Pengguna Sasaran", Set.of(Role.HR)));
		Scene scene = new Scene(head);
		scene.own.put("unit", mine.code());
		scene.foreign.put("unit", theirs.code());
		scene.own.put("nip", myEmployee);
		scene.foreign.put("nip", theirEmployee);
		scene.own.put("case", String.valueOf(CasesThroughApi.open(this.mvc, myEmployee, DAY.getYear())));
		scene.foreign.put("case", String.valueOf(CasesThroughApi.open(this.mvc, theirEmployee, DAY.getYear())));
		scene.own.put("inspection", inspection(mine.code()));
		scene.foreign.put("inspection", inspection(theirs.code()));
		scene.common.put("username", target);
		scene.common.put("date", DAY.toString());
		scene.common.put("session", "MORNING");
		scene.common.put("month", DAY.toString().substring(0, 7));
		scene.common.put("year", String.valueOf(DAY.getYear()));
		scene.common.put("templateId", "pilkada-2024");
		scene.common.put("evidenceId", firstId("inspection_evidence"));
		scene.common.put("flag", firstId("discipline_flag"));
		scene.common.put("monitoring", firstId("monitoring_period"));
		scene.common.put("calendarDay", firstId("calendar_day"));
		scene.common.put("hours", firstId("working_hours_rule"));
		scene.common.put("ramadan", firstId("ramadan_period"));
		scene.common.put("policy", firstId("attendance_policy"));
		scene.common.put("ruleSet", firstId("discipline_rule_set"));
		scene.common.put("ladder", firstId("sanction_ladder"));
		scene.common.put("leave", firstId("leave_period"));
		// A finished background job of BKPSDM's with a file: its owner and the
		// administrator see it, anybody else is told "not found".
		scene.common.put("job", this.jdbc.sql("""
				insert into background_job (kind, owner_username, state, done, total, result_name, result_type,
				    result_data, finished_at)
				values ('RULE_RECOUNT', 'bkpsdm', 'DONE', 1, 1, 'matriks.txt', 'text/plain', '\\x41', now())
				returning id::text""").query(String.class).single());
		scene.common.put("import",
				this.jdbc.sql("select id::text from employee_import limit 1")
					.query(String.class)
					.optional()
					.orElse(UUID.randomUUID().toString()));
		scene.common.put("document",
				this.jdbc.sql("select id from printed_document limit 1")
					.query(String.class)
					.optional()
					.orElse("TIDAK-ADA"));
		return scene;
	}

	private String firstId(String table) {
		return this.jdbc.sql("select min(id)::text from " + table).query(String.class).optional().orElse(MISSING);
	}

	/** An inspection (sidak) of the unit by BKPSDM; its id. */
	private String inspection(String unit) throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(post("/api/v1/inspections").with(httpBasic("bkpsdm", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"unitCode": "%s", "date": "%s", "session": "MORNING", "time": "08:15", "inspector": "REGENT",
						 "inspectorName": "Bupati bersama Inspektur Daerah", "absentNips": []}""".formatted(unit, DAY)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse();
		return JSON.readTree(response.getContentAsString()).get("id").asString();
	}

	/** Values for the path variables: the own unit's for most callers, the other's. */
	static final class Scene {

		private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(:[^}]*)?}");

		final String head;

		final Map<String, String> own = new LinkedHashMap<>();

		final Map<String, String> foreign = new LinkedHashMap<>();

		final Map<String, String> common = new LinkedHashMap<>();

		Scene(String head) {
			this.head = head;
		}

		/** The request's URI, each variable replaced by what it names on this route. */
		String uri(String request, boolean asForeign) {
			String pathAndQuery = request.substring(request.indexOf(' ') + 1);
			return UriComponentsBuilder.fromUriString(expand(pathAndQuery, pathAndQuery, asForeign))
				.build()
				.toUriString();
		}

		/** The text with each {@code {variable}} replaced by its value on that path. */
		String expand(String text, String path, boolean asForeign) {
			Matcher matcher = VARIABLE.matcher(text);
			StringBuilder out = new StringBuilder();
			while (matcher.find()) {
				String value = value(path, matcher.group(1), asForeign);
				matcher.appendReplacement(out, Matcher.quoteReplacement(value));
			}
			matcher.appendTail(out);
			return out.toString();
		}

		private String value(String path, String variable, boolean asForeign) {
			Map<String, String> scoped = asForeign ? this.foreign : this.own;
			String kind = switch (variable) {
				case "unit", "unitCode" -> "unit";
				case "code" -> path.startsWith("/verify/") ? "document" : "unit";
				case "nip" -> "nip";
				case "id" -> idKind(path);
				default -> variable;
			};
			String value = scoped.getOrDefault(kind, this.common.get(kind));
			assertThat(value).as("a value for {%s} in %s", variable, path).isNotNull();
			return value;
		}

		private static String idKind(String path) {
			if (path.contains("/cases/")) {
				return "case";
			}
			if (path.contains("/inspections/")) {
				return "inspection";
			}
			if (path.contains("/flags/")) {
				return "flag";
			}
			if (path.contains("monitoring-periods/")) {
				return "monitoring";
			}
			if (path.startsWith("/calendar/days/")) {
				return "calendarDay";
			}
			if (path.startsWith("/calendar/settings/hours/")) {
				return "hours";
			}
			if (path.startsWith("/calendar/settings/ramadan/")) {
				return "ramadan";
			}
			if (path.startsWith("/attendance/policy/")) {
				return "policy";
			}
			if (path.startsWith("/discipline/rules/ladders/")) {
				return "ladder";
			}
			if (path.startsWith("/discipline/rules/")) {
				return "ruleSet";
			}
			if (path.startsWith("/jobs/") || path.startsWith("/api/v1/jobs/")) {
				return "job";
			}
			if (path.startsWith("/leaves/")) {
				return "leave";
			}
			if (path.startsWith("/employees/import/")) {
				return "import";
			}
			throw new IllegalStateException("No fixture for {id} in " + path + ": add one to the scene");
		}

	}

}
