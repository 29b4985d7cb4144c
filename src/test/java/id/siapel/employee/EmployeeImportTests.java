package id.siapel.employee;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import id.siapel.organization.UnitView;
import id.siapel.testsupport.Fixtures;
import id.siapel.testsupport.Logins;
import id.siapel.testsupport.SiapelIntegrationTest;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static id.siapel.testsupport.SiapelIntegrationTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Import is all or nothing: any bad line and not a single employee is saved, and every
 * bad line is reported with its number (the header is line 1).
 */
@SiapelIntegrationTest
class EmployeeImportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EmployeeImport imports;

	UnitView unit;

	String nipA;

	String nipB;

	String nipC;

	@BeforeEach
	void data() {
		this.unit = this.fixtures.opd("Dinas Uji Impor");
		this.nipA = Fixtures.validPnsNip(Sex.M);
		this.nipB = Fixtures.validPnsNip(Sex.F);
		this.nipC = Fixtures.validPnsNip(Sex.M);
	}

	@Test
	void oneBadLineAndNothingIsImportedEveryBadLineIsListed() throws Exception {
		String csv = """
				nip,name,sex,employmentType,unitCode,position,rank,serviceStart
				%s,Ahmad Fauzi S.T.,M,PNS,%s,Pengawas Jalan,III/a,2016-02-01
				198602302015051001,Nama Tanggal Salah,M,PNS,%s,Staf,III/a,2015-05-01
				%s,Dewi Anggraini,F,PNS,%s,Bendahara,III/b,2017-01-01
				%s,Tanpa Unit,M,PNS,UNIT-TIDAK-ADA,Staf,,2015-05-01
				""".formatted(this.nipA, this.unit.code(), this.unit.code(), this.nipB, this.unit.code(), this.nipC);
		this.mvc
			.perform(post("/api/v1/employees/import").with(httpBasic("bkpsdm", DEMO_PASSWORD))
				.contentType("text/csv")
				.content(csv))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.length()").value(2))
			.andExpect(jsonPath("$.errors[0].line").value(3))
			.andExpect(jsonPath("$.errors[0].field").value("nip"))
			.andExpect(jsonPath("$.errors[1].line").value(5))
			.andExpect(jsonPath("$.errors[1].field").value("unitCode"));
		assertThat(countOf(this.nipA, this.nipB, this.nipC)).as("nothing saved").isZero();
	}

	@Test
	void aGoodFileIsImportedAndAgainUpdates() throws Exception {
		String csv = """
				nip,name,sex,employmentType,unitCode,position,rank,serviceStart
				%s,"Ir. Ahmad Fauzi, M.T.",M,PNS,%s,Pengawas Jalan,III/c,2016-02-01
				%s,Dewi Anggraini,F,CPNS,%s,Bendahara,,2025-01-01
				""".formatted(this.nipA, this.unit.code(), this.nipB, this.unit.code());
		this.mvc
			.perform(post("/api/v1/employees/import").with(httpBasic("bkpsdm", DEMO_PASSWORD))
				.contentType("text/csv")
				.content(csv))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(2))
			.andExpect(jsonPath("$.updated").value(0));
		assertThat(this.jdbc.queryForObject(
				"select front_title || '|' || name || '|' || back_title from employee where nip = ?", String.class,
				this.nipA))
			.isEqualTo("Ir.|Ahmad Fauzi|M.T.");
		assertThat(this.jdbc.queryForObject(
				"select valid_from from employee_assignment a join employee e on e.id = a.employee_id where e.nip = ?",
				LocalDate.class, this.nipA))
			.as("in the unit since the service start")
			.isEqualTo(LocalDate.of(2016, 2, 1));

		this.mvc
			.perform(post("/api/v1/employees/import").with(httpBasic("bkpsdm", DEMO_PASSWORD))
				.contentType("text/csv")
				.content(csv.replace("CPNS", "PNS")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.updated").value(2));
		assertThat(
				this.jdbc.queryForObject("select employment_type from employee where nip = ?", String.class, this.nipB))
			.isEqualTo("PNS");
	}

	@Test
	void moveToAnotherUnitIsATransferNotAnImport() throws Exception {
		String nip = this.fixtures.employee(this.unit.code(), "Sudah Ada", LocalDate.of(2015, 1, 1));
		UnitView other = this.fixtures.opd("Unit Lain Impor");
		String csv = "nip,name,sex,employmentType,unitCode,position\n%s,Sudah Ada,%s,PNS,%s,Staf\n".formatted(nip,
				nip.charAt(14) == '1' ? "M" : "F", other.code());
		this.mvc
			.perform(post("/api/v1/employees/import").with(httpBasic("bkpsdm", DEMO_PASSWORD))
				.contentType("text/csv")
				.content(csv))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].line").value(2))
			.andExpect(jsonPath("$.errors[0].field").value("unitCode"));
	}

	@Test
	void siasnExportHeadersAndValuesAreUnderstood() throws Exception {
		String csv = """
				NIP BARU;NAMA;GELAR DEPAN;GELAR BELAKANG;JENIS KELAMIN;JENIS PEGAWAI;UNOR NAMA;JABATAN NAMA;JENIS JABATAN;ESELON;GOL AKHIR NAMA;TMT CPNS;AGAMA
				%s;Ahmad Fauzi;Ir.;M.T.;Laki-laki;PNS;%s;Kepala Bidang Bina Marga;Struktural;III.a;IV/a;01-02-2016;Islam
				%s;Dewi Anggraini;;S.E.;Perempuan;PPPK PARUH WAKTU;%s;Pengelola Keuangan;Pelaksana;;;01/03/2025;Islam
				"""
			.formatted(this.nipA, this.unit.name(), "199001012025212001", this.unit.name());
		this.mvc
			.perform(post("/api/v1/employees/import").with(httpBasic("bkpsdm", DEMO_PASSWORD))
				.contentType("text/csv")
				.content(csv.getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(2));
		assertThat(this.jdbc.queryForMap(
				"select position_kind, echelon, rank, service_start, sex from employee where nip = ?", this.nipA))
			.containsEntry("position_kind", "STRUCTURAL")
			.containsEntry("echelon", "III")
			.containsEntry("rank", "IV/a")
			.containsEntry("sex", "M");
		assertThat(this.jdbc.queryForObject("select employment_type from employee where nip = '199001012025212001'",
				String.class))
			.isEqualTo("PPPK_PART_TIME");
	}

	@Test
	void xlsxUploadIsPreviewedThenCommittedInThePages() throws Exception {
		MockHttpSession hr = Logins.login(this.mvc, "bkpsdm", DEMO_PASSWORD);
		byte[] bad = xlsx(List.of(List.of("nip", "name", "sex", "employmentType", "unitCode", "position"),
				List.of(this.nipA, "Rahmat Hidayat", "M", "PNS", this.unit.code(), "Pranata Komputer"),
				List.of(this.nipB, "Salah Kelamin", "M", "PNS", this.unit.code(), "Staf")));
		String preview = uploadAndFollow(hr, bad);
		this.mvc.perform(get(preview).session(hr))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Digit ke-15 NIP tidak sesuai dengan jenis kelamin")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("/commit"))));
		assertThat(countOf(this.nipA, this.nipB)).isZero();

		byte[] good = xlsx(List.of(List.of("nip", "name", "sex", "employmentType", "unitCode", "position"),
				List.of(this.nipA, "Rahmat Hidayat", "M", "PNS", this.unit.code(), "Pranata Komputer"),
				List.of(this.nipB, "Benar Kelamin", "F", "PNS", this.unit.code(), "Staf")));
		preview = uploadAndFollow(hr, good);
		this.mvc.perform(get(preview).session(hr))
			.andExpect(content().string(containsString("2 baris benar: 2 pegawai baru, 0 diperbarui.")));
		this.mvc.perform(post(preview + "/commit").session(hr).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(countOf(this.nipA, this.nipB)).isEqualTo(2);
		this.mvc.perform(get(preview).session(hr)).andExpect(status().isGone());
	}

	@Test
	void anUnreadableFileIsAClearMessage() throws Exception {
		MockHttpSession hr = Logins.login(this.mvc, "bkpsdm", DEMO_PASSWORD);
		this.mvc
			.perform(multipart("/employees/import")
				.file(new MockMultipartFile("file", "kosong.csv", "text/csv", new byte[0]))
				.session(hr)
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Berkas kosong.")));
		this.mvc
			.perform(post("/api/v1/employees/import").with(httpBasic("bkpsdm", DEMO_PASSWORD))
				.contentType("text/csv")
				.content("nama,jabatan\nBudi,Staf\n"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].line").value(1));
	}

	@Test
	void indonesianHeadersAreReadWhateverTheirCaseSpacingOrPunctuation() throws Exception {
		String csv = """
				No.;NIP;nama;Gelar_Depan;GELAR BELAKANG;Jenis Kelamin;jenis-pegawai;Kode Unit;Jabatan;Jenis Jabatan;Eselon;Golongan;TMT Pengangkatan;tmt_unit_kerja;Tempat Lahir
				1;%s;Ahmad Fauzi;Ir.;M.T.;L;PNS;%s;Kepala Bidang;Struktural;III.a;IV/a;01-02-2016;2020-01-02;Padang
				"""
			.formatted(this.nipA, this.unit.code());
		this.mvc
			.perform(post("/api/v1/employees/import").with(httpBasic("bkpsdm", DEMO_PASSWORD))
				.contentType("text/csv")
				.content(csv.getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(1));
		assertThat(this.jdbc.queryForMap(
				"select front_title, back_title, sex, position_kind, echelon, rank, service_start from employee where nip = ?",
				this.nipA))
			.containsEntry("front_title", "Ir.")
			.containsEntry("back_title", "M.T.")
			.containsEntry("sex", "M")
			.containsEntry("echelon", "III")
			.containsEntry("service_start", java.sql.Date.valueOf("2016-02-01"));
		assertThat(this.jdbc.queryForObject(
				"select valid_from from employee_assignment a join employee e on e.id = a.employee_id where e.nip = ?",
				LocalDate.class, this.nipA))
			.isEqualTo(LocalDate.of(2020, 1, 2));
	}

	@Test
	void anUnknownHeaderIsOneMessageNamingItAndTheAcceptedHeaders() throws Exception {
		String csv = "NIP,Nama,Jenis Kelamin,Jenis Pegawai,Kode Unit,Jabatan,TMT Unit Kerj\n%s,Budi,L,PNS,%s,Staf,2020-01-02\n"
			.formatted(this.nipA, this.unit.code());
		this.mvc
			.perform(post("/api/v1/employees/import").with(httpBasic("bkpsdm", DEMO_PASSWORD))
				.contentType("text/csv")
				.content(csv))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].line").value(1))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("\"TMT Unit Kerj\"")))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("Jenis Kelamin, Jenis Pegawai")))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("TMT Unit Kerja")));
		assertThat(countOf(this.nipA)).isZero();
	}

	@Test
	void theTemplatesAreLinkedAndReadBackWithoutAHeaderProblemOnlyTheExampleLineRefused() throws Exception {
		MockHttpSession hr = Logins.login(this.mvc, "bkpsdm", DEMO_PASSWORD);
		this.mvc.perform(get("/employees/import").session(hr))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/employees/import/template.xlsx\"")))
			.andExpect(content().string(containsString("href=\"/employees/import/template.csv\"")))
			.andExpect(content().string(containsString("PPPK_PARUH_WAKTU")));

		byte[] xlsx = this.mvc.perform(get("/employees/import/template.xlsx").session(hr))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("Content-Disposition", containsString(".xlsx")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		byte[] csv = this.mvc.perform(get("/employees/import/template.csv").session(hr))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString(".csv")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String csvText = new String(csv, StandardCharsets.UTF_8);
		assertThat(csvText)
			.startsWith("\uFEFFNIP;Nama;Gelar Depan;Gelar Belakang;Jenis Kelamin;Jenis Pegawai;Kode Unit;");

		for (byte[] template : List.of(xlsx, csv)) {
			EmployeeImport.Preview preview = this.fixtures.as("bkpsdm", () -> {
				UUID id = this.imports.upload("templat", template);
				return this.imports.preview(id);
			});
			assertThat(preview.ignoredColumns()).isEmpty();
			assertThat(preview.problems()).as("no header problem; the example line is refused, not saved")
				.extracting(EmployeeImport.ReportedProblem::line, EmployeeImport.ReportedProblem::messageKey)
				.containsExactly(org.assertj.core.groups.Tuple.tuple(2, "import.example"));
		}
		this.mvc
			.perform(post("/api/v1/employees/import").with(httpBasic("bkpsdm", DEMO_PASSWORD))
				.contentType("text/csv")
				.content(inOwnUnit(csvText.replace("198503152010011001;Contoh Pegawai", this.nipA + ";Budi Santoso"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(1));
		assertThat(this.jdbc.queryForObject("select name || '|' || back_title from employee where nip = ?",
				String.class, this.nipA))
			.isEqualTo("Budi Santoso|S.Kom.");
	}

	@Test
	void oneBadCellIsExactlyOneMessageNamingLineColumnAndWhatIsWrong() throws Exception {
		String csv = """
				NIP;Nama;Jenis Kelamin;Jenis Pegawai;Kode Unit;Jabatan;Jenis Jabatan;Eselon
				%s;Ahmad Fauzi;X;PNS;%s;Kepala Bidang;Struktural;III
				%s;Dewi Anggraini;P;PNS;%s;Kepala Seksi;Strukturil;IV
				""".formatted(this.nipA, this.unit.code(), this.nipB, this.unit.code());
		this.mvc
			.perform(post("/api/v1/employees/import").with(httpBasic("bkpsdm", DEMO_PASSWORD))
				.contentType("text/csv")
				.content(csv))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.length()").value(2))
			.andExpect(jsonPath("$.errors[0].line").value(2))
			.andExpect(jsonPath("$.errors[0].field").value("sex"))
			.andExpect(jsonPath("$.errors[0].message")
				.value("Jenis kelamin \"X\" tidak dikenal; isi L (laki-laki) atau P (perempuan)."))
			.andExpect(jsonPath("$.errors[1].line").value(3))
			.andExpect(jsonPath("$.errors[1].field").value("positionKind"));

		MockHttpSession hr = Logins.login(this.mvc, "bkpsdm", DEMO_PASSWORD);
		String preview = uploadAndFollow(hr,
				xlsx(List.of(List.of("NIP", "Nama", "Jenis Kelamin", "Jenis Pegawai", "Kode Unit", "Jabatan"),
						List.of(this.nipA, "Ahmad Fauzi", "X", "PNS", this.unit.code(), "Staf"))));
		this.mvc.perform(get(preview).session(hr))
			.andExpect(content().string(containsString("1 masalah ditemukan")))
			.andExpect(content().string(containsString("<td>Jenis Kelamin</td>")))
			.andExpect(content().string(containsString("Jenis kelamin &quot;X&quot; tidak dikenal")));
	}

	@Test
	void submittingWithoutAFileOrWithAnEmptyOrHeaderOnlyFileIsAFormError() throws Exception {
		MockHttpSession hr = Logins.login(this.mvc, "bkpsdm", DEMO_PASSWORD);
		this.mvc
			.perform(multipart("/employees/import")
				.file(new MockMultipartFile("file", "", "application/octet-stream", new byte[0]))
				.session(hr)
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Pilih berkas CSV atau XLSX")))
			.andExpect(content().string(containsString("is-invalid")));
		this.mvc.perform(multipart("/employees/import").session(hr).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Pilih berkas CSV atau XLSX")));
		this.mvc
			.perform(multipart("/employees/import").file(new MockMultipartFile("file", "judul.csv", "text/csv",
					"NIP;Nama;Jenis Kelamin\n".getBytes(StandardCharsets.UTF_8)))
				.session(hr)
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Berkas hanya berisi baris judul")));
	}

	private String uploadAndFollow(MockHttpSession session, byte[] file) throws Exception {
		MvcResult result = this.mvc.perform(multipart("/employees/import")
			.file(new MockMultipartFile("file", "pegawai.xlsx",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file))
			.session(session)
			.with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
		return result.getResponse().getRedirectedUrl();
	}

	private int countOf(String... nips) {
		return this.jdbc.queryForObject("select count(*) from employee where nip = any(?)", Integer.class,
				(Object) nips);
	}

	static byte[] xlsx(List<List<String>> rows) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Workbook workbook = new Workbook(out, "SiApel", "1.0")) {
			Worksheet sheet = workbook.newWorksheet("Pegawai");
			for (int r = 0; r < rows.size(); r++) {
				for (int c = 0; c < rows.get(r).size(); c++) {
					sheet.value(r, c, rows.get(r).get(c));
				}
			}
		}
		return out.toByteArray();
	}

	/**
	 * The template's line with its unit (the first OPD, a demo unit) replaced by this
	 * test's own, so that no demo OPD gains an employee other tests would count.
	 */
	private String inOwnUnit(String csvText) {
		String[] lines = csvText.split("\r?\n");
		String[] header = lines[0].split(";", -1);
		String[] cells = lines[1].split(";", -1);
		for (int c = 0; c < header.length; c++) {
			if (header[c].equals("Kode Unit")) {
				cells[c] = this.unit.code();
			}
		}
		return lines[0] + "\r\n" + String.join(";", cells) + "\r\n";
	}

}
