package id.siapel.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import id.siapel.testsupport.SiapelIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static id.siapel.testsupport.SiapelIntegrationTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo regency as its users meet it through the API, loaded into the test database:
 * the OPDs of regulation.md §8, staffed, headed, and a unit head per OPD who sees only
 * their own OPD. Other tests add units and employees to the same database; the checks
 * look at the demo's own units.
 */
@SiapelIntegrationTest
class DemoRegencyIntegrationTests {

	/** The 40 OPDs of regulation.md §8, by code. */
	static final List<String> OPDS = List.of("SETDA", "SETWAN", "INSPEKTORAT", "DISDIKBUD", "DINKES", "DPUPR",
			"DISPERKIM", "SATPOLPP", "DINSOS", "DISNAKERTRANS", "DP3AKB", "DKP", "DLH", "DISDUKCAPIL", "DPMD", "DISHUB",
			"DISKOMINFO", "DISKOPUKM", "DPMPTSP", "DISPORAPAR", "DISPUSIP", "DISKAN", "DISTANBUN", "DISPERINDAG",
			"BAPPERIDA", "BPKAD", "BAPENDA", "BKPSDM", "BPBD", "KESBANGPOL", "RSUD", "KEC-SUKAMAJU-KOTA",
			"KEC-CIBENING", "KEC-KARANGANYAR-LOR", "KEC-WONOREJO", "KEC-TIRTAMULYA", "KEC-GUNUNGSARI",
			"KEC-PESISIR-KIDUL", "KEC-MEKARJAYA", "KEC-SUMBERAGUNG");

	@Autowired
	MockMvc mvc;

	@Test
	void theRegencyHasItsOpdsWithTheirKindsAndWorkPatterns() throws Exception {
		Map<String, Map<String, Object>> units = units();
		assertThat(units.get("SUKAMAJU")).containsEntry("kind", "REGION").containsEntry("parentCode", null);
		assertThat(units.values()).filteredOn((unit) -> "SUKAMAJU".equals(unit.get("parentCode")))
			.extracting((unit) -> unit.get("code"))
			.containsAll(OPDS);
		assertThat(units.get("BKPSDM")).containsEntry("kind", "BOARD");
		assertThat(units.get("RSUD")).containsEntry("kind", "HOSPITAL").containsEntry("workPattern", "SIX_DAY");
		assertThat(units.get("SATPOLPP")).containsEntry("workPattern", "SIX_DAY");
		assertThat(units.get("KEL-PASAR-BARU")).containsEntry("kind", "SUBDISTRICT")
			.containsEntry("parentCode", "KEC-SUKAMAJU-KOTA");
		for (Map<String, Object> unit : units.values()) {
			if ("SUBDISTRICT".equals(unit.get("kind"))) {
				assertThat(units.get((String) unit.get("parentCode"))).containsEntry("kind", "DISTRICT");
			}
		}
		assertThat(units.values()).filteredOn((unit) -> "DINKES".equals(unit.get("parentCode")))
			.anyMatch((unit) -> "TECHNICAL_UNIT".equals(unit.get("kind")));
		assertThat(units.values()).filteredOn((unit) -> "DISDIKBUD".equals(unit.get("parentCode")))
			.anyMatch((unit) -> "SCHOOL".equals(unit.get("kind")));
	}

	@Test
	void everyOpdAndSubUnitIsHeadedByOneOfItsOwnStaff() throws Exception {
		Map<String, Map<String, Object>> units = units();
		Map<String, Map<String, Object>> employees = employees("bkpsdm", DEMO_PASSWORD);
		Set<String> demoUnits = subtrees(units, OPDS);
		assertThat(demoUnits).hasSizeGreaterThan(150);
		for (String code : demoUnits) {
			String head = (String) units.get(code).get("headNip");
			assertThat(head).as("head of " + code).isNotNull();
			assertThat(employees.get(head)).as("head of " + code).containsEntry("unitCode", code);
		}
	}

	@Test
	void employmentTypesAreMixedLikeARealRegency() throws Exception {
		Set<String> demoUnits = subtrees(units(), OPDS);
		Map<String, Integer> types = new HashMap<>();
		int total = 0;
		for (Map<String, Object> employee : employees("bkpsdm", DEMO_PASSWORD).values()) {
			if (demoUnits.contains((String) employee.get("unitCode"))) {
				types.merge((String) employee.get("employmentType"), 1, Integer::sum);
				total++;
			}
		}
		assertThat(total).isEqualTo(Integer.parseInt(SiapelIntegrationTest.DEMO_EMPLOYEES));
		assertThat(share(types, total, "PNS", "CPNS")).isBetween(0.65, 0.75);
		assertThat(share(types, total, "PPPK", "PPPK_PART_TIME")).isBetween(0.15, 0.25);
		assertThat(share(types, total, "NON_ASN")).isBetween(0.07, 0.13);
	}

	@Test
	void theHeadOfDinasKesehatanSeesOnlyDinasKesehatan() throws Exception {
		String dinkesHead = (String) units().get("DINKES").get("headNip");
		Map<String, Object> head = employees("bkpsdm", DEMO_PASSWORD).get(dinkesHead);
		this.mvc.perform(get("/api/v1/users/me").with(httpBasic("kepala-dinkes", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unitCode").value("DINKES"))
			.andExpect(jsonPath("$.roles[0]").value("UNIT_HEAD"))
			.andExpect(jsonPath("$.fullName").value(head.get("name")));

		Set<String> dinkes = subtrees(units(), List.of("DINKES"));
		Map<String, Map<String, Object>> seen = employees("kepala-dinkes", DEMO_PASSWORD);
		assertThat(seen).isNotEmpty().containsKey(dinkesHead);
		assertThat(seen.values()).allMatch((employee) -> dinkes.contains((String) employee.get("unitCode")));
		assertThat(seen.values()).extracting((employee) -> employee.get("unitCode"))
			.anyMatch((code) -> ((String) code).startsWith("PKM-"));
		long dinkesStaff = employees("bkpsdm", DEMO_PASSWORD).values()
			.stream()
			.filter((employee) -> dinkes.contains((String) employee.get("unitCode")))
			.count();
		assertThat(seen).hasSize((int) dinkesStaff);
		this.mvc.perform(get("/api/v1/employees").param("unit", "RSUD").with(httpBasic("kepala-dinkes", DEMO_PASSWORD)))
			.andExpect(status().isForbidden());
	}

	@Test
	void everyOpdHasItsUnitHeadUser() throws Exception {
		for (String opd : List.of("SETDA", "BKPSDM", "RSUD", "KEC-PESISIR-KIDUL")) {
			this.mvc.perform(get("/api/v1/users/me").with(httpBasic("kepala-" + opd.toLowerCase(), DEMO_PASSWORD)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.unitCode").value(opd));
		}
	}

	/** {@code GET /api/v1/units} as HR, by code. */
	private Map<String, Map<String, Object>> units() throws Exception {
		String json = this.mvc.perform(get("/api/v1/units").with(httpBasic("bkpsdm", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Map<String, Map<String, Object>> units = new HashMap<>();
		for (Map<String, Object> unit : JsonPath.<List<Map<String, Object>>>read(json, "$[*]")) {
			units.put((String) unit.get("code"), unit);
		}
		return units;
	}

	/** Every page of {@code GET /api/v1/employees} as the user sees it, by NIP. */
	private Map<String, Map<String, Object>> employees(String username, String password) throws Exception {
		Map<String, Map<String, Object>> employees = new HashMap<>();
		for (int page = 0;; page++) {
			String json = this.mvc
				.perform(get("/api/v1/employees").param("size", "200")
					.param("page", String.valueOf(page))
					.with(httpBasic(username, password)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			List<Map<String, Object>> items = JsonPath.read(json, "$.items[*]");
			items.forEach((item) -> employees.put((String) item.get("nip"), item));
			if (items.size() < 200) {
				return employees;
			}
		}
	}

	/** The units and everything below them. */
	private static Set<String> subtrees(Map<String, Map<String, Object>> units, List<String> tops) {
		Set<String> found = new HashSet<>(tops);
		List<String> queue = new ArrayList<>(tops);
		while (!queue.isEmpty()) {
			String parent = queue.remove(0);
			for (Map<String, Object> unit : units.values()) {
				if (parent.equals(unit.get("parentCode")) && found.add((String) unit.get("code"))) {
					queue.add((String) unit.get("code"));
				}
			}
		}
		return found;
	}

	private static double share(Map<String, Integer> types, int total, String... wanted) {
		int count = 0;
		for (String type : wanted) {
			count += types.getOrDefault(type, 0);
		}
		return (double) count / total;
	}

}
