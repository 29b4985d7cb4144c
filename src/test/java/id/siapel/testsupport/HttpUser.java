package id.siapel.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small HTTP client with cookies, for tests against a really running server: the login
 * form as a browser posts it (with its CSRF token), and API calls with HTTP Basic.
 */
public final class HttpUser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String baseUrl;

	private final HttpClient client;

	private final CookieManager cookies = new CookieManager();

	public HttpUser(String baseUrl) {
		this.baseUrl = baseUrl;
		this.client = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	public HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.client.send(HttpRequest.newBuilder(URI.create(this.baseUrl + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
		return this.client.send(HttpRequest.newBuilder(URI.create(this.baseUrl + path)).headers(headers).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	public HttpResponse<String> postWithBasic(String path, String username, String password, String contentType,
			String body) throws IOException, InterruptedException {
		return this.client.send(HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.header("Authorization", basic(username, password))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	public HttpResponse<String> putWithBasic(String path, String username, String password, String contentType,
			String body) throws IOException, InterruptedException {
		return this.client.send(HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.header("Authorization", basic(username, password))
			.header("Content-Type", contentType)
			.PUT(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	public HttpResponse<String> getWithBasic(String path, String username, String password)
			throws IOException, InterruptedException {
		return this.client.send(HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.header("Authorization", basic(username, password))
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Posts a form as a browser without JavaScript does. */
	public HttpResponse<String> postForm(String path, String body) throws IOException, InterruptedException {
		return this.client.send(HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Posts the login form; returns where the server redirected ("/" on success). */
	public String loginWithForm(String username, String password) throws IOException, InterruptedException {
		Matcher token = CSRF.matcher(get("/login").body());
		if (!token.find()) {
			throw new IllegalStateException("The login page has no CSRF token");
		}
		String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
				+ encode(token.group(1));
		HttpResponse<String> response = this.client.send(HttpRequest.newBuilder(URI.create(this.baseUrl + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		String location = response.headers().firstValue("Location").orElse("");
		return location.startsWith(this.baseUrl) ? location.substring(this.baseUrl.length()) : location;
	}

	/** The servlet session cookie, or {@code null} before the server set one. */
	public String sessionId() {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals("JSESSIONID"))
			.map(java.net.HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	private static String basic(String username, String password) {
		return "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
