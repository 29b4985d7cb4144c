package id.siapel.employee;

import java.time.LocalDate;

import id.siapel.organization.UnitView;
import id.siapel.testsupport.Fixtures;
import id.siapel.testsupport.SiapelIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static id.siapel.testsupport.SiapelIntegrationTest.DEMO_PASSWORD;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code /api/v1/employees} as api.md specifies it, including its error codes. */
@SiapelIntegrationTest
class EmployeeApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	UnitView unit;

	@BeforeEach
	void unit() {
		this.unit = this.fixtures.opd("Dinas Uji API");
	}

	@Test
	void createThenReadAnEmployee() throws Exception {
		String nip = Fixtures.validPnsNip(Sex.F);
		this.mvc.perform(asHr(post("/api/v1/employees")).content("""
				{"nip": "%s", "name": "Dra. Hj. Siti Nurhaliza, M.Pd.", "sex": "F", "employmentType": "PNS",
				 "unitCode": "%s", "position": "Kepala Seksi Kurikulum", "rank": "iii/d",
				 "serviceStart": "2012-03-01", "positionKind": "STRUCTURAL", "echelon": "IV"}
				""".formatted(nip, this.unit.code())))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/employees/" + nip))
			.andExpect(jsonPath("$.name").value("Dra. Hj. Siti Nurhaliza, M.Pd."))
			.andExpect(jsonPath("$.rank").value("III/d"));

		this.mvc.perform(get("/api/v1/employees/" + nip).with(httpBasic("sekda", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.nip").value(nip))
			.andExpect(jsonPath("$.sex").value("F"))
			.andExpect(jsonPath("$.employmentType").value("PNS"))
			.andExpect(jsonPath("$.unitCode").value(this.unit.code()))
			.andExpect(jsonPath("$.position").value("Kepala Seksi Kurikulum"))
			.andExpect(jsonPath("$.serviceStart").value("2012-03-01"))
			.andExpect(jsonPath("$.status").value("ACTIVE"));
	}

	@Test
	void anInvalidNipIs422WithTheFieldAndNothingIsSaved() throws Exception {
		// Digit 15 says male (1), the body says female.
		this.mvc.perform(asHr(post("/api/v1/employees")).content("""
				{"nip": "198609262015051001", "name": "Ani", "sex": "F", "employmentType": "PNS",
				 "unitCode": "%s", "position": "Pengadministrasi Umum"}""".formatted(this.unit.code())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("nip"))
			.andExpect(jsonPath("$.errors[0].message")
				.value("Digit ke-15 NIP tidak sesuai dengan jenis kelamin (1 = laki-laki, 2 = perempuan)."));
		this.mvc.perform(get("/api/v1/employees/198609262015051001").with(httpBasic("bkpsdm", DEMO_PASSWORD)))
			.andExpect(status().isNotFound());
	}

	@Test
	void everyBadFieldIsListedAtOnce() throws Exception {
		this.mvc.perform(asHr(post("/api/v1/employees")).content("""
				{"nip": "12345", "name": " ", "sex": "M", "employmentType": "PNS", "unitCode": "NO-SUCH-UNIT",
				 "position": "", "rank": "V/z"}"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field")
				.value(org.hamcrest.Matchers.containsInAnyOrder("nip", "name", "rank", "position", "unitCode")));
	}

	@Test
	void aDuplicateNipIs422() throws Exception {
		String nip = this.fixtures.employee(this.unit.code(), "Joko Susilo", LocalDate.of(2015, 1, 1));
		this.mvc.perform(asHr(post("/api/v1/employees")).content("""
				{"nip": "%s", "name": "Joko Lain", "sex": "%s", "employmentType": "PNS", "unitCode": "%s",
				 "position": "Staf"}""".formatted(nip, nip.charAt(14) == '1' ? "M" : "F", this.unit.code())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("nip"));
	}

	@Test
	void malformedJsonAndUnknownEnumValuesAre400() throws Exception {
		this.mvc.perform(asHr(post("/api/v1/employees")).content("{\"nip\": ")).andExpect(status().isBadRequest());
		this.mvc.perform(asHr(post("/api/v1/employees")).content("""
				{"nip": "x", "name": "x", "sex": "X", "employmentType": "PNS", "unitCode": "A", "position": "p"}"""))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/employees").param("type", "KONTRAK").with(httpBasic("bkpsdm", DEMO_PASSWORD)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void searchByNameOrNipWithinAUnitIsPaged() throws Exception {
		String nip = this.fixtures.employee(this.unit.code(), "Kadek Wirasena", LocalDate.of(2018, 7, 1));
		this.fixtures.employee(this.unit.code(), "Lestari Handayani", LocalDate.of(2018, 7, 1));
		this.mvc
			.perform(get("/api/v1/employees").param("unit", this.unit.code())
				.param("q", "wirasen")
				.with(httpBasic("bkpsdm", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].nip").value(nip))
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(50));
		this.mvc
			.perform(get("/api/v1/employees").param("q", nip.substring(0, 14)).with(httpBasic("bkpsdm", DEMO_PASSWORD)))
			.andExpect(jsonPath("$.items[*].nip").value(hasItem(nip)));
		// As printed on an ID card or a decree: groups separated by spaces or dashes.
		for (String typed : new String[] { nip.substring(0, 8) + " " + nip.substring(8, 14) + " " + nip.charAt(14),
				nip.substring(0, 8) + "-" + nip.substring(8, 14) }) {
			this.mvc.perform(get("/api/v1/employees").param("q", typed).with(httpBasic("bkpsdm", DEMO_PASSWORD)))
				.andExpect(jsonPath("$.items[*].nip").value(hasItem(nip)));
		}
		this.mvc
			.perform(get("/api/v1/employees").param("unit", this.unit.code())
				.param("size", "1")
				.with(httpBasic("bkpsdm", DEMO_PASSWORD)))
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.items.length()").value(1));
		this.mvc.perform(get("/api/v1/employees").param("size", "1000").with(httpBasic("bkpsdm", DEMO_PASSWORD)))
			.andExpect(status().isUnprocessableContent());
		this.mvc.perform(get("/api/v1/employees").param("unit", "NO-SUCH").with(httpBasic("bkpsdm", DEMO_PASSWORD)))
			.andExpect(status().isNotFound());
	}

	@Test
	void transfersThroughTheApi() throws Exception {
		UnitView other = this.fixtures.opd("Badan Uji API");
		String nip = this.fixtures.employee(this.unit.code(), "Fajar Nugroho", LocalDate.of(2019, 2, 1));
		this.mvc.perform(asHr(post("/api/v1/employees/" + nip + "/transfers")).content("""
				{"unitCode": "%s", "effectiveDate": "2019-01-31", "decreeNumber": "SK/1"}""".formatted(other.code())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("effectiveDate"));
		this.mvc.perform(asHr(post("/api/v1/employees/" + nip + "/transfers")).content("""
				{"unitCode": "%s", "effectiveDate": "2025-07-01", "decreeNumber": "821.2/77/2025",
				 "position": "Perencana Ahli Muda"}""".formatted(other.code())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.unitCode").value(other.code()))
			.andExpect(jsonPath("$.effectiveDate").value("2025-07-01"));
		this.mvc.perform(asHr(post("/api/v1/employees/" + nip + "/transfers")).content("""
				{"unitCode": "NOPE", "effectiveDate": "2026-01-01", "decreeNumber": "x"}"""))
			.andExpect(status().isUnprocessableContent());
		this.mvc.perform(asHr(post("/api/v1/employees/199901012020011999/transfers")).content("""
				{"unitCode": "%s", "effectiveDate": "2026-01-01", "decreeNumber": "x"}""".formatted(other.code())))
			.andExpect(status().isNotFound());
	}

	@Test
	void onlyHrAndAdminWrite() throws Exception {
		this.mvc
			.perform(post("/api/v1/employees").with(httpBasic("sekda", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/employees").with(httpBasic("sekda", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].nip").value(not(hasItem("nothing"))));
	}

	private static MockHttpServletRequestBuilder asHr(MockHttpServletRequestBuilder request) {
		return request.with(httpBasic("bkpsdm", DEMO_PASSWORD)).contentType(MediaType.APPLICATION_JSON);
	}

}
