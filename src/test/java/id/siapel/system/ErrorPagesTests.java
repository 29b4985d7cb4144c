package id.siapel.system;

import java.net.http.HttpResponse;

import id.siapel.testsupport.HttpUser;
import id.siapel.testsupport.SiapelServerTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static id.siapel.testsupport.SiapelIntegrationTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a user sees when something goes wrong, through a real servlet container: an
 * Indonesian page for 403, 404, 409 and 5xx that never shows a stack trace, and
 * problem+json on the API.
 */
@SiapelServerTest
class ErrorPagesTests {

	@LocalServerPort
	int port;

	HttpUser hr;

	@BeforeEach
	void login() throws Exception {
		this.hr = new HttpUser("http://localhost:" + this.port);
		assertThat(this.hr.loginWithForm("bkpsdm", DEMO_PASSWORD)).isEqualTo("/");
	}

	@Test
	void unknownPageIsTheIndonesian404Page() throws Exception {
		HttpResponse<String> page = this.hr.get("/no-such-page", "Accept", "text/html");
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
		assertThat(page.body()).contains("Halaman tidak ditemukan").contains("Kembali ke beranda");
	}

	@Test
	void anEncodedSlashInThePathIsSiapelsOwnBadRequestPage() throws Exception {
		HttpUser anonymous = new HttpUser("http://localhost:" + this.port);
		for (HttpUser user : new HttpUser[] { anonymous, this.hr }) {
			HttpResponse<String> page = user.get("/verify/abc%2Fdef", "Accept", "text/html");
			assertThat(page.statusCode()).isEqualTo(400);
			assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
			assertThat(page.body()).contains("Alamat halaman ini tidak dapat dipakai")
				.contains("Kembali ke beranda")
				.doesNotContain("Bad Request")
				.doesNotContain("Exception");
		}
		HttpResponse<String> api = this.hr.getWithBasic("/api/v1/employees/abc%2Fdef", "bkpsdm", DEMO_PASSWORD);
		assertThat(api.statusCode()).isEqualTo(400);
		assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
	}

	@Test
	void missingRecordSaysWhatWasNotFound() throws Exception {
		HttpResponse<String> page = this.hr.get("/test-errors/missing");
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("Pengguna tukang-sulap tidak ditemukan.");
	}

	@Test
	void pageOutsideTheRoleIsThe403Page() throws Exception {
		HttpResponse<String> page = this.hr.get("/admin/audit");
		assertThat(page.statusCode()).isEqualTo(403);
		assertThat(page.body()).contains("Akses ditolak");
	}

	@Test
	void concurrentEditIsThe409PageOfferingAReload() throws Exception {
		HttpResponse<String> page = this.hr.get("/test-errors/stale");
		assertThat(page.statusCode()).isEqualTo(409);
		assertThat(page.body()).contains("Data sudah diubah orang lain").contains("Muat ulang data terbaru");
	}

	@Test
	void unexpectedFailureIsThe5xxPageWithoutStackTrace() throws Exception {
		HttpResponse<String> page = this.hr.get("/test-errors/boom");
		assertThat(page.statusCode()).isEqualTo(500);
		assertThat(page.body()).contains("Terjadi kesalahan pada server")
			.doesNotContain("IllegalStateException")
			.doesNotContain("secret internal detail")
			.doesNotContain("at id.siapel");
	}

	@Test
	void errorPagesFollowTheChosenLanguage() throws Exception {
		this.hr.get("/?lang=en");
		assertThat(this.hr.get("/no-such-page").body()).contains("Page not found");
		this.hr.get("/?lang=id");
		assertThat(this.hr.get("/no-such-page").body()).contains("Halaman tidak ditemukan");
	}

	@Test
	void apiErrorsAreProblemJsonWithoutInternals() throws Exception {
		HttpResponse<String> missing = this.hr.getWithBasic("/api/v1/does-not-exist", "bkpsdm", DEMO_PASSWORD);
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");

		HttpResponse<String> stale = this.hr.postWithBasic("/api/v1/test-errors/stale", "bkpsdm", DEMO_PASSWORD,
				"application/json", "{}");
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(stale.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");

		HttpResponse<String> boom = this.hr.getWithBasic("/api/v1/test-errors/boom", "bkpsdm", DEMO_PASSWORD);
		assertThat(boom.statusCode()).isEqualTo(500);
		assertThat(boom.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(boom.body()).doesNotContain("secret internal detail").doesNotContain("IllegalStateException");

		HttpResponse<String> malformed = this.hr.postWithBasic("/api/v1/test-errors/echo", "bkpsdm", DEMO_PASSWORD,
				"application/json", "{not json");
		assertThat(malformed.statusCode()).isEqualTo(400);
		assertThat(malformed.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");

		HttpResponse<String> wrongMethod = this.hr.getWithBasic("/api/v1/test-errors/echo", "bkpsdm", DEMO_PASSWORD);
		assertThat(wrongMethod.statusCode()).isEqualTo(405);
		assertThat(wrongMethod.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
	}

	@Test
	void parametersPostgreSqlCannotStoreAreABadRequestNotAConflict() throws Exception {
		for (String query : new String[] { "q=%00", "q=%C3%28", "unit=DINKES%00" }) {
			HttpResponse<String> api = this.hr.getWithBasic("/api/v1/employees?" + query, "bkpsdm", DEMO_PASSWORD);
			assertThat(api.statusCode()).as(query).isEqualTo(400);
			assertThat(api.headers().firstValue("Content-Type").orElse("")).as(query)
				.startsWith("application/problem+json");
			HttpResponse<String> page = this.hr.get("/employees?" + query);
			assertThat(page.statusCode()).as(query).isEqualTo(400);
			assertThat(page.body()).as(query).contains("<html").doesNotContain("Exception");
		}
	}

}
