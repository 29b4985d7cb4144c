package id.siapel.discipline;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.jayway.jsonpath.JsonPath;
import id.siapel.attendance.AttendanceStatus;
import id.siapel.attendance.RollCallMarking;
import id.siapel.attendance.Session;
import id.siapel.attendance.SubmitRollCall;
import id.siapel.organization.UnitView;
import id.siapel.security.NewUser;
import id.siapel.security.Role;
import id.siapel.security.UserAccounts;
import id.siapel.testsupport.Fixtures;
import id.siapel.testsupport.Logins;
import id.siapel.testsupport.SiapelIntegrationTest;
import id.siapel.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static id.siapel.testsupport.SiapelIntegrationTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The sidak findings of issue 13: "Tampilkan daftar pegawai" is a POST that keeps what
 * was typed and puts no CSRF token in any URL; the time of the inspection is required,
 * not in the future, stored, shown and in the API; photos and PDFs are checked by their
 * content (a 17-byte fake PNG, a text file named .jpg and a file over 5 MB are refused
 * with a form message, keeping what was typed), listed and downloaded as attachments by
 * whoever may see the inspection; the flag names the sheet's status in words.
 */
@SiapelIntegrationTest
class InspectionFindingsTests {

	/** Tuesday 4 February 2025, a working day. */
	static final LocalDate DAY = LocalDate.of(2025, 2, 4);

	/** The first 8 bytes of a PNG and 9 more: looks like a PNG by its start only. */
	static final byte[] FAKE_PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D',
			'R', 0 };

	private static final Pattern URL_ATTRIBUTE = Pattern
		.compile("(?:href|src|action|formaction|hx-get|hx-post|data-url)=\"([^\"]*)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	RollCallMarking marking;

	@Autowired
	UserAccounts accounts;

	UnitView opd;

	String present;

	String late;

	MockHttpSession hr;

	@BeforeEach
	void anOpdWhoseApelPagiMarksOneLate() throws Exception {
		assertThat(FAKE_PNG).hasSize(17);
		this.clock.set(DAY.atTime(9, 0));
		this.opd = this.fixtures.opd("Dinas Temuan Sidak");
		this.present = this.fixtures.employee(this.opd.code(), "Lina Marlina", LocalDate.of(2015, 1, 2));
		this.late = this.fixtures.employee(this.opd.code(), "Made Wirawan", LocalDate.of(2015, 1, 2));
		this.fixtures.as("bkpsdm", () -> this.marking.submit(new SubmitRollCall(this.opd.code(), DAY, Session.MORNING,
				null, null, List.of(new SubmitRollCall.Mark(this.late, AttendanceStatus.LATE, 25, null, null)))));
		this.clock.set(DAY.atTime(10, 0));
		this.hr = Logins.loginAsDemo(this.mvc, "bkpsdm");
	}

	@AfterEach
	void realTimeAgain() {
		this.clock.reset();
	}

	@Test
	void showingTheStaffListIsAPostThatKeepsWhatWasTypedAndNoUrlCarriesTheToken() throws Exception {
		String form = this.mvc.perform(get("/inspections/new").session(this.hr))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(urls(form)).isNotEmpty().noneMatch((url) -> url.contains("_csrf"));
		assertThat(form).doesNotContainIgnoringCase("formmethod=\"get\"")
			.doesNotContain("hx-get=\"/inspections/roster")
			.contains("hx-post=\"/inspections/roster")
			.contains("name=\"showRoster\"")
			.containsPattern(
					"<form[^>]*action=\"/inspections/new\"[^>]*method=\"post\"[^>]*enctype=\"multipart/form-data\"")
			.containsPattern("name=\"_csrf\"");

		String shown = this.mvc
			.perform(post("/inspections/new").param("showRoster", "true")
				.param("unitCode", this.opd.code())
				.param("day", DAY.toString())
				.param("time", "08:20")
				.param("session", "MORNING")
				.param("inspectorKind", "INSPECTORATE")
				.param("inspector", "Inspektur Pembantu II")
				.param("note", "Ruang pelayanan kosong")
				.with(csrf())
				.session(this.hr))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("Lina Marlina"), containsString("Made Wirawan"), containsString("Terlambat"),
							containsString("value=\"Inspektur Pembantu II\""), containsString("Ruang pelayanan kosong"),
							containsString("value=\"08:20\""), not(containsString("Isikan jam sidak")))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(urls(shown)).noneMatch((url) -> url.contains("_csrf"));
		this.mvc.perform(get("/inspections").param("unit", this.opd.code()).session(this.hr))
			.andExpect(content().string(containsString("Belum ada sidak dengan saringan ini.")));
		this.mvc
			.perform(post("/inspections/roster").param("unitCode", this.opd.code())
				.param("day", DAY.toString())
				.param("session", "MORNING")
				.param("q", "made")
				.header("HX-Request", "true")
				.with(csrf())
				.session(this.hr))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Made Wirawan"), not(containsString("Lina Marlina")))));
	}

	@Test
	void theTimeIsRequiredNotInTheFutureAndShownInTheListTheDetailAndTheApi() throws Exception {
		this.mvc.perform(recordForm(null).with(csrf()).session(this.hr))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Isikan jam sidak."),
					containsString("value=\"Bupati bersama Kepala BKPSDM\""))));
		this.mvc.perform(recordForm("10:30").with(csrf()).session(this.hr))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Jam sidak tidak boleh di masa depan.")));
		this.mvc.perform(recordForm("jam delapan").with(csrf()).session(this.hr))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Jam sidak tidak valid")));
		this.mvc.perform(recordForm("08:15").param("absentNips", this.late).with(csrf()).session(this.hr))
			.andExpect(redirectedUrl("/inspections"));
		String list = this.mvc.perform(get("/inspections").param("unit", this.opd.code()).session(this.hr))
			.andExpect(content().string(containsString("Selasa, 4 Februari 2025 · 08.15 WIB · Apel pagi")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = inspectionId(list);
		this.mvc.perform(get("/inspections/" + id).session(this.hr))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("08.15 WIB"), containsString("Made Wirawan"),
					containsString("Terlambat (T)"), containsString("Belum ada foto atau dokumen."))));

		this.mvc.perform(get("/api/v1/inspections/" + id).with(httpBasic("sekda", DEMO_PASSWORD)))
			.andExpect(jsonPath("$.time").value("08:15"))
			.andExpect(jsonPath("$.inspectedAt").value("2025-02-04T01:15:00Z"))
			.andExpect(jsonPath("$.evidence", hasSize(0)));
		this.mvc.perform(apiRecord("\"time\": \"07:45\","))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.time").value("07:45"));
		this.mvc.perform(apiRecord("\"inspectedAt\": \"2025-02-04T00:50:00Z\","))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.time").value("07:50"));
		this.mvc.perform(apiRecord("\"time\": \"11:00\","))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("time"))
			.andExpect(jsonPath("$.errors[0].message").value("Jam sidak tidak boleh di masa depan."));
		this.mvc.perform(apiRecord(""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("time"))
			.andExpect(jsonPath("$.errors[0].message").value("Isikan jam sidak."));
	}

	@Test
	void evidenceIsCheckedByContentListedAndDownloadedAsAnAttachment() throws Exception {
		byte[] png = png();
		byte[] pdf = pdf();
		this.mvc
			.perform(recordMultipart("08:15", new MockMultipartFile("evidence", "foto.png", "image/png", FAKE_PNG))
				.session(this.hr))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Berkas foto.png bukan foto JPEG/PNG atau dokumen PDF"),
					containsString("value=\"Bupati bersama Kepala BKPSDM\""), containsString("value=\"08:15\""))));
		this.mvc
			.perform(recordMultipart("08:15",
					new MockMultipartFile("evidence", "surat.jpg", "image/jpeg",
							"bukan foto sama sekali".getBytes(StandardCharsets.UTF_8)))
				.session(this.hr))
			.andExpect(content().string(containsString("Berkas surat.jpg bukan foto JPEG/PNG")));
		byte[] big = new byte[5 * 1024 * 1024 + 1];
		System.arraycopy(png, 0, big, 0, png.length);
		this.mvc
			.perform(recordMultipart("08:15", new MockMultipartFile("evidence", "besar.png", "image/png", big))
				.session(this.hr))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Berkas besar.png lebih besar dari 5 MB.")));
		this.mvc.perform(get("/inspections").param("unit", this.opd.code()).session(this.hr))
			.andExpect(content().string(containsString("Belum ada sidak dengan saringan ini.")));

		// A PNG named .jpg is kept as what it is; the PDF's name says nothing either.
		this.mvc
			.perform(recordMultipart("08:15", new MockMultipartFile("evidence", "ruang kosong.jpg", "image/jpeg", png),
					new MockMultipartFile("evidence", "berita-acara", "application/octet-stream", pdf),
					new MockMultipartFile("evidence", "", "application/octet-stream", new byte[0]))
				.session(this.hr))
			.andExpect(redirectedUrl("/inspections"));
		long id = inspectionId(this.mvc.perform(get("/inspections").param("unit", this.opd.code()).session(this.hr))
			.andExpect(content().string(containsString("2 berkas bukti")))
			.andReturn()
			.getResponse()
			.getContentAsString());
		String detail = this.mvc.perform(get("/inspections/" + id).session(this.hr))
			.andExpect(content().string(allOf(containsString("ruang kosong.png"), containsString("berita-acara.pdf"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> links = urls(detail).stream()
			.filter((url) -> url.startsWith("/inspections/" + id + "/evidence/"))
			.toList();
		assertThat(links).hasSize(2);

		MvcResult image = this.mvc.perform(get(links.get(0)).session(this.hr))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("Content-Disposition", containsString("ruang kosong.png")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andReturn();
		assertThat(image.getResponse().getContentAsByteArray()).isEqualTo(png);
		this.mvc.perform(get(links.get(1)).session(this.hr))
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")));

		// Who may see the inspection may download its files; a unit head may do neither.
		MockHttpSession sekda = Logins.loginAsDemo(this.mvc, "sekda");
		this.mvc.perform(get(links.get(0)).session(sekda)).andExpect(status().isOk());
		MockHttpSession head = unitHead();
		this.mvc.perform(get("/inspections/" + id).session(head)).andExpect(status().isForbidden());
		this.mvc.perform(get(links.get(0)).session(head)).andExpect(status().isForbidden());
		this.mvc
			.perform(get("/inspections/" + (id + 100000) + links.get(0).substring(links.get(0).indexOf("/evidence")))
				.session(this.hr))
			.andExpect(status().isNotFound());

		// More evidence later, on the inspection's page; a bad file keeps the page.
		this.mvc
			.perform(multipart("/inspections/" + id + "/evidence")
				.file(new MockMultipartFile("evidence", "palsu.png", "image/png", FAKE_PNG))
				.with(csrf())
				.session(this.hr))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("Berkas palsu.png bukan foto"), containsString("ruang kosong.png"))));
		this.mvc
			.perform(multipart("/inspections/" + id + "/evidence")
				.file(new MockMultipartFile("evidence", "kedua.png", "image/png", png))
				.with(csrf())
				.session(this.hr))
			.andExpect(redirectedUrl("/inspections/" + id));
		this.mvc
			.perform(multipart("/inspections/" + id + "/evidence")
				.file(new MockMultipartFile("evidence", "kedua.png", "image/png", png))
				.with(csrf())
				.session(sekda))
			.andExpect(status().isForbidden());

		// The API: listed with the inspection, attached and downloaded the same way.
		this.mvc.perform(get("/api/v1/inspections/" + id).with(httpBasic("sekda", DEMO_PASSWORD)))
			.andExpect(jsonPath("$.evidence", hasSize(3)))
			.andExpect(jsonPath("$.evidence[0].contentType").value("image/png"))
			.andExpect(jsonPath("$.evidence[1].fileName").value("berita-acara.pdf"));
		this.mvc
			.perform(multipart("/api/v1/inspections/" + id + "/evidence")
				.file(new MockMultipartFile("evidence", "x.pdf", "application/pdf", FAKE_PNG))
				.with(httpBasic("bkpsdm", DEMO_PASSWORD)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors[0].field").value("evidence"));
		String url = this.mvc
			.perform(multipart("/api/v1/inspections/" + id + "/evidence")
				.file(new MockMultipartFile("evidence", "api.pdf", "application/pdf", pdf))
				.with(httpBasic("bkpsdm", DEMO_PASSWORD)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$", hasSize(4)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		url = JsonPath.read(url, "$[3].url");
		this.mvc.perform(get(url).with(httpBasic("sekda", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
		this.mvc.perform(get(url).with(httpBasic(unitHeadName, "kepala-temuan-sidak")))
			.andExpect(status().isForbidden());
	}

	@Test
	void theFlagNamesTheStatusOfTheSheetInWords() throws Exception {
		this.mvc.perform(recordForm("08:15").param("absentNips", this.late).with(csrf()).session(this.hr))
			.andExpect(redirectedUrl("/inspections"));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> this.mvc
				.perform(get("/api/v1/flags").param("kind", "INSPECTION_MISMATCH")
					.param("nip", this.late)
					.with(httpBasic("bkpsdm", DEMO_PASSWORD)))
				.andExpect(jsonPath("$", hasSize(1))));
		this.mvc
			.perform(get("/api/v1/flags").param("kind", "INSPECTION_MISMATCH")
				.param("nip", this.late)
				.with(httpBasic("bkpsdm", DEMO_PASSWORD)))
			.andExpect(jsonPath("$[0].detail").value(
					"Sidak oleh Bupati bersama Kepala BKPSDM menemukan pegawai ini tidak ada, tetapi Apel pagi mencatatnya sebagai Terlambat (T)."));
		this.mvc.perform(get("/flags").param("kind", "INSPECTION_MISMATCH").param("nip", this.late).session(this.hr))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("mencatatnya sebagai Terlambat (T)."), not(containsString("mencatatnya T")))));
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder recordForm(String time) {
		var request = post("/inspections/new").param("unitCode", this.opd.code())
			.param("day", DAY.toString())
			.param("session", "MORNING")
			.param("inspectorKind", "REGENT")
			.param("inspector", "Bupati bersama Kepala BKPSDM");
		return (time != null) ? request.param("time", time) : request;
	}

	private org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder recordMultipart(
			String time, MockMultipartFile... files) {
		var request = multipart("/inspections/new");
		for (MockMultipartFile file : files) {
			request.file(file);
		}
		request.param("unitCode", this.opd.code())
			.param("day", DAY.toString())
			.param("time", time)
			.param("session", "MORNING")
			.param("inspectorKind", "REGENT")
			.param("inspector", "Bupati bersama Kepala BKPSDM")
			.param("absentNips", this.present)
			.with(csrf());
		return request;
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder apiRecord(String time) {
		return post("/api/v1/inspections").with(httpBasic("bkpsdm", DEMO_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"unitCode": "%s", "date": "2025-02-04", "session": "MORNING", %s "inspector": "HR",
					 "inspectorName": "Tim BKPSDM", "absentNips": []}""".formatted(this.opd.code(), time));
	}

	String unitHeadName;

	private MockHttpSession unitHead() throws Exception {
		this.unitHeadName = "kepala-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(new NewUser(this.unitHeadName, "kepala-temuan-sidak", "Kepala Dinas Temuan Sidak",
				Set.of(Role.UNIT_HEAD), this.opd.code()));
		return Logins.login(this.mvc, this.unitHeadName, "kepala-temuan-sidak");
	}

	/** Every URL the page writes into an attribute. */
	private static List<String> urls(String html) {
		Matcher matcher = URL_ATTRIBUTE.matcher(html);
		List<String> urls = new java.util.ArrayList<>();
		while (matcher.find()) {
			urls.add(matcher.group(1).replace("&amp;", "&"));
		}
		return urls;
	}

	private static long inspectionId(String listPage) {
		Matcher matcher = Pattern.compile("data-testid=\"inspection-(\\d+)\"").matcher(listPage);
		assertThat(matcher.find()).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	private static byte[] png() throws IOException {
		BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
		image.setRGB(3, 4, 0x2266aa);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	/** The smallest well-formed PDF: one empty page. */
	private static byte[] pdf() {
		return """
				%PDF-1.4
				1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
				2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
				3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj
				trailer << /Root 1 0 R >>
				%%EOF
				""".getBytes(StandardCharsets.ISO_8859_1);
	}

}
