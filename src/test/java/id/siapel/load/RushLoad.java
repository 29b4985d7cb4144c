package id.siapel.load;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 07:30 rush (issue 15) against a running SiApel: N unit heads (default 200) each log
 * in, open their roll-call sheet and save a few changed lines, all within a window
 * (default two minutes), while 20 BKPSDM users log in and keep opening the compliance
 * board, the recaps and an export. Prints p50, p95 and max per request kind and the
 * answers that were not the expected ones, by status. Figures, not assertions: run it by
 * hand against a demo regency (README, "Load test"), e.g.
 *
 * <pre>
 * java src/test/java/id/siapel/load/RushLoad.java --base http://localhost:8080
 * </pre>
 *
 * (a single source file with the JDK only, so it needs no build). The heads are the
 * demo's {@code kepala-<opd>} users and, for more than there are OPDs, users
 * {@code beban-<unit>} that it creates through {@code POST /api/v1/users} (as
 * {@code admin}) for the sub-units, each heading its own sub-unit's sheet; the BKPSDM
 * users are {@code beban-hr-<n>}. New users must change their password at the first
 * login, which the setup does once, before the rush. The sheets saved are those of
 * {@code --date} (default: today, or the Friday before on a weekend), morning session: it
 * writes to the database, so run it on a demo database only.
 */
public final class RushLoad {

	private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d*)\"");

	private static final Pattern LINE = Pattern.compile("name=\"o\\.(\\d+)\" value=\"([^\"]*)\"");

	private static final Pattern UNIT = Pattern
		.compile("\\{\"code\":\"([^\"]+)\"[^{}]*?\"parentCode\":(null|\"([^\"]*)\")");

	private static final String FIRST_PASSWORD = "Beban-awal-0730!";

	private static final String PASSWORD = "Beban-apel-0730!";

	private final Map<String, List<Long>> times = new ConcurrentHashMap<>();

	private final Map<String, Map<String, AtomicLong>> unexpected = new ConcurrentHashMap<>();

	private final String base;

	private RushLoad(String base) {
		this.base = base;
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new LinkedHashMap<>();
		options.put("base", "http://localhost:8080");
		options.put("heads", "200");
		options.put("hr", "20");
		options.put("seconds", "120");
		options.put("demo-password", "siapel-demo");
		options.put("date", defaultDate().toString());
		for (int i = 0; i + 1 < args.length; i += 2) {
			options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
		}
		System.out.println("Options: " + options);
		new RushLoad(options.get("base")).run(Integer.parseInt(options.get("heads")),
				Integer.parseInt(options.get("hr")), Integer.parseInt(options.get("seconds")),
				options.get("demo-password"), LocalDate.parse(options.get("date")));
	}

	/** The last weekday up to today in Western Indonesia. */
	static LocalDate defaultDate() {
		LocalDate day = LocalDate.now(ZoneId.of("Asia/Jakarta"));
		while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
			day = day.minusDays(1);
		}
		return day;
	}

	private void run(int headCount, int hrCount, int seconds, String demoPassword, LocalDate date) throws Exception {
		List<String[]> heads = heads(headCount, demoPassword);
		List<String[]> hr = new ArrayList<>();
		for (int i = 1; i <= hrCount; i++) {
			String username = String.format(Locale.ROOT, "beban-hr-%02d", i);
			hr.add(new String[] { username, ensureUser(username, "HR", null, demoPassword) });
		}
		System.out.printf("Rush: %d heads saving %s MORNING, %d BKPSDM users, within %d s%n", heads.size(), date,
				hr.size(), seconds);
		ExecutorService pool = Executors.newFixedThreadPool(heads.size() + hr.size());
		CountDownLatch done = new CountDownLatch(heads.size() + hr.size());
		long start = System.nanoTime();
		long end = start + TimeUnit.SECONDS.toNanos(seconds);
		Random random = new Random(730);
		for (String[] head : heads) {
			long at = start + (long) (random.nextDouble() * TimeUnit.SECONDS.toNanos(seconds) * 0.8);
			pool.execute(() -> {
				try {
					head(head[0], head[1], head[2], date, at);
				}
				catch (Exception ex) {
					count("head", ex.getClass().getSimpleName());
				}
				finally {
					done.countDown();
				}
			});
		}
		for (String[] user : hr) {
			long at = start + (long) (random.nextDouble() * TimeUnit.SECONDS.toNanos(10));
			pool.execute(() -> {
				try {
					hr(user[0], user[1], date, at, end);
				}
				catch (Exception ex) {
					count("hr", ex.getClass().getSimpleName());
				}
				finally {
					done.countDown();
				}
			});
		}
		done.await();
		pool.shutdown();
		System.out.printf("Done in %.1f s%n", (System.nanoTime() - start) / 1e9);
		report();
	}

	/** One head: the login page, the login, the sheet, a save of one to three lines. */
	private void head(String username, String password, String unitCode, LocalDate date, long at)
			throws IOException, InterruptedException {
		sleepUntil(at);
		User user = new User();
		login(user, username, password, "head");
		String path = "/roll-calls/" + unitCode + "/" + date + "/MORNING";
		HttpResponse<String> sheet = user.timed("head: open sheet", 200, get(path));
		Matcher csrf = CSRF_META.matcher(sheet.body());
		Matcher version = VERSION.matcher(sheet.body());
		List<String[]> lines = new ArrayList<>();
		Matcher line = LINE.matcher(sheet.body());
		while (line.find()) {
			lines.add(new String[] { line.group(1), line.group(2) });
		}
		if (!csrf.find() || !version.find() || lines.isEmpty()) {
			count("head: open sheet", "not editable");
			return;
		}
		// The head looks at the courtyard for a few seconds, then marks.
		Thread.sleep(2000 + ThreadLocalRandom.current().nextInt(3000));
		Collections.shuffle(lines, new Random(username.hashCode()));
		StringBuilder json = new StringBuilder("{\"version\":")
			.append(version.group(1).isEmpty() ? "null" : version.group(1))
			.append(",\"key\":\"")
			.append(UUID.randomUUID())
			.append("\",\"reason\":null,\"lines\":[");
		int changed = 1 + Math.abs(username.hashCode() % 3);
		for (int i = 0; i < Math.min(changed, lines.size()); i++) {
			String shown = lines.get(i)[1];
			String status = shown.startsWith("PRESENT") ? "PERMISSION" : "PRESENT";
			json.append((i > 0) ? "," : "")
				.append("{\"nip\":\"")
				.append(lines.get(i)[0])
				.append("\",\"status\":\"")
				.append(status)
				.append("\",\"minutes\":null,\"note\":null,\"shown\":\"")
				.append(shown)
				.append("\"}");
		}
		json.append("]}");
		user.timed("head: save sheet", 200,
				HttpRequest.newBuilder(URI.create(this.base + path))
					.header("Content-Type", "application/json")
					.header("Accept", "application/json")
					.header("X-CSRF-TOKEN", csrf.group(1))
					.POST(HttpRequest.BodyPublishers.ofString(json.toString())));
	}

	/** One BKPSDM user until the window ends: board, its table, recaps, an export. */
	private void hr(String username, String password, LocalDate date, long at, long end)
			throws IOException, InterruptedException {
		sleepUntil(at);
		User user = new User();
		login(user, username, password, "hr");
		String month = "from=" + date.withDayOfMonth(1) + "&to=" + date;
		String[][] pages = { { "hr: board", "/reports/board" }, { "hr: board table (htmx)", "/reports/board/table" },
				{ "hr: recap by OPD (month)", "/reports/recap?" + month },
				{ "hr: recap by employee (month)", "/reports/recap/employees?" + month },
				{ "hr: board table (htmx)", "/reports/board/table" },
				{ "hr: export recap by employee (month, XLSX)", "/reports/recap/employees.xlsx?" + month } };
		int i = Math.abs(username.hashCode());
		while (System.nanoTime() < end) {
			String[] page = pages[i++ % pages.length];
			user.timed(page[0], 200, get(page[1]));
			Thread.sleep(1000 + ThreadLocalRandom.current().nextInt(2000));
		}
	}

	private void login(User user, String username, String password, String who)
			throws IOException, InterruptedException {
		HttpResponse<String> page = user.timed(who + ": login page", 200, get("/login"));
		Matcher token = CSRF_INPUT.matcher(page.body());
		if (!token.find()) {
			throw new IllegalStateException("The login page has no CSRF token");
		}
		user.timed(who + ": log in", 302,
				HttpRequest.newBuilder(URI.create(this.base + "/login"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers
						.ofString(form("username", username, "password", password, "_csrf", token.group(1)))));
	}

	/**
	 * The demo's OPD heads, then a head per sub-unit created for the rest, by unit code.
	 * Each entry: user name, password, unit code.
	 */
	private List<String[]> heads(int count, String demoPassword) throws IOException, InterruptedException {
		HttpResponse<String> units = new User().client.send(
				get("/api/v1/units").header("Authorization", basic("admin", demoPassword)).build(),
				HttpResponse.BodyHandlers.ofString());
		if (units.statusCode() != 200) {
			throw new IllegalStateException("GET /api/v1/units as admin: " + units.statusCode());
		}
		Map<String, String> parentOf = new TreeMap<>();
		Matcher unit = UNIT.matcher(units.body());
		while (unit.find()) {
			parentOf.put(unit.group(1), unit.group(3));
		}
		String root = parentOf.entrySet()
			.stream()
			.filter((e) -> e.getValue() == null)
			.findFirst()
			.orElseThrow()
			.getKey();
		List<String[]> heads = new ArrayList<>();
		parentOf.forEach((code, parent) -> {
			if (root.equals(parent) && heads.size() < count) {
				heads.add(new String[] { "kepala-" + code.toLowerCase(Locale.ROOT), demoPassword, code });
			}
		});
		for (Map.Entry<String, String> entry : parentOf.entrySet()) {
			if (heads.size() >= count) {
				break;
			}
			if (entry.getValue() != null && !root.equals(entry.getValue())) {
				String username = "beban-" + entry.getKey().toLowerCase(Locale.ROOT);
				heads.add(new String[] { username, ensureUser(username, "UNIT_HEAD", entry.getKey(), demoPassword),
						entry.getKey() });
			}
		}
		return heads;
	}

	/**
	 * Creates the user unless it exists, and changes its first password, as its first
	 * login requires; returns the password to log in with.
	 */
	private String ensureUser(String username, String role, String unitCode, String demoPassword)
			throws IOException, InterruptedException {
		String body = "{\"username\":\"" + username + "\",\"password\":\"" + FIRST_PASSWORD
				+ "\",\"fullName\":\"Pengguna Uji Beban\",\"roles\":[\"" + role + "\"]"
				+ ((unitCode != null) ? ",\"unitCode\":\"" + unitCode + "\"" : "") + "}";
		HttpResponse<String> created = new User().client
			.send(HttpRequest.newBuilder(URI.create(this.base + "/api/v1/users"))
				.header("Authorization", basic("admin", demoPassword))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		if (created.statusCode() == 201) {
			User user = new User();
			login(user, username, FIRST_PASSWORD, "setup");
			HttpResponse<String> page = user.client.send(get("/account/password").build(),
					HttpResponse.BodyHandlers.ofString());
			Matcher token = CSRF_INPUT.matcher(page.body());
			if (!token.find()) {
				throw new IllegalStateException("No password form for " + username);
			}
			HttpResponse<String> changed = user.client
				.send(HttpRequest.newBuilder(URI.create(this.base + "/account/password"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(form("currentPassword", FIRST_PASSWORD, "newPassword",
							PASSWORD, "confirmPassword", PASSWORD, "_csrf", token.group(1))))
					.build(), HttpResponse.BodyHandlers.ofString());
			if (changed.statusCode() != 302) {
				throw new IllegalStateException("Password change of " + username + ": " + changed.statusCode());
			}
		}
		// A user made by an earlier run: the API refuses the taken name as a field error.
		else if (created.statusCode() != 422 || !created.body().contains("\"field\":\"username\"")) {
			throw new IllegalStateException(
					"POST /api/v1/users " + username + ": " + created.statusCode() + " " + created.body());
		}
		return PASSWORD;
	}

	private HttpRequest.Builder get(String path) {
		return HttpRequest.newBuilder(URI.create(this.base + path)).GET();
	}

	private void count(String kind, String outcome) {
		this.unexpected.computeIfAbsent(kind, (k) -> new ConcurrentHashMap<>())
			.computeIfAbsent(outcome, (k) -> new AtomicLong())
			.incrementAndGet();
	}

	private void report() {
		System.out.printf("%-45s %6s %8s %8s %8s%n", "request", "n", "p50 ms", "p95 ms", "max ms");
		new TreeMap<>(this.times).forEach((kind, list) -> {
			List<Long> sorted = new ArrayList<>(list);
			Collections.sort(sorted);
			System.out.printf("%-45s %6d %8.0f %8.0f %8.0f%n", kind, sorted.size(), percentile(sorted, 50) / 1e6,
					percentile(sorted, 95) / 1e6, sorted.get(sorted.size() - 1) / 1e6);
		});
		if (this.unexpected.isEmpty()) {
			System.out.println("Unexpected answers: none");
		}
		new TreeMap<>(this.unexpected).forEach((kind, outcomes) -> System.out
			.println("Unexpected answers of " + kind + ": " + new TreeMap<>(outcomes)));
	}

	private static double percentile(List<Long> sorted, int p) {
		int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
	}

	private static void sleepUntil(long at) throws InterruptedException {
		long wait = at - System.nanoTime();
		if (wait > 0) {
			TimeUnit.NANOSECONDS.sleep(wait);
		}
	}

	private static String form(String... pairs) {
		StringBuilder form = new StringBuilder();
		for (int i = 0; i < pairs.length; i += 2) {
			form.append((i > 0) ? "&" : "")
				.append(pairs[i])
				.append('=')
				.append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
		}
		return form.toString();
	}

	private static String basic(String username, String password) {
		return "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	/** One browser: its own cookies (the session), no redirects followed. */
	private final class User {

		final HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();

		HttpResponse<String> timed(String kind, int expected, HttpRequest.Builder request)
				throws IOException, InterruptedException {
			long start = System.nanoTime();
			HttpResponse<String> response;
			try {
				response = this.client.send(request.timeout(Duration.ofSeconds(60)).build(),
						HttpResponse.BodyHandlers.ofString());
			}
			catch (IOException ex) {
				count(kind, ex.getClass().getSimpleName());
				throw ex;
			}
			RushLoad.this.times.computeIfAbsent(kind, (k) -> Collections.synchronizedList(new ArrayList<>()))
				.add(System.nanoTime() - start);
			if (response.statusCode() != expected) {
				count(kind, String.valueOf(response.statusCode()));
			}
			return response;
		}

	}

}
