package id.siapel.discipline.cases;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import id.siapel.organization.UnitView;
import id.siapel.testsupport.Fixtures;
import id.siapel.testsupport.SiapelIntegrationTest;
import id.siapel.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static id.siapel.testsupport.SiapelIntegrationTest.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every move from every state of a case through the API (api.md, Sanction cases): the
 * order of product.md §2 is allowed (200), everything else is refused with 422 and the
 * case stays as it was.
 */
@SiapelIntegrationTest
class CaseTransitionTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** The moves product.md allows, written out here rather than taken from the code. */
	static final Map<String, Set<String>> ALLOWED = Map.of("PROPOSED", Set.of("SUMMONED", "CANCELLED"), "SUMMONED",
			Set.of("SUMMONED", "EXAMINED", "CANCELLED"), "SUMMONED_TWICE", Set.of("EXAMINED", "DECIDED", "CANCELLED"),
			"EXAMINED", Set.of("DECIDED", "CANCELLED"), "DECIDED", Set.of("DELIVERED", "CANCELLED"), "DELIVERED",
			Set.of("COMPLETED", "CANCELLED"), "COMPLETED", Set.of(), "CANCELLED", Set.of());

	/** How to reach each starting state. */
	static final Map<String, List<String>> PATHS = Map.of("PROPOSED", List.of(), "SUMMONED", List.of("SUMMONED"),
			"SUMMONED_TWICE", List.of("SUMMONED", "SUMMONED"), "EXAMINED", List.of("SUMMONED", "EXAMINED"), "DECIDED",
			List.of("SUMMONED", "EXAMINED", "DECIDED"), "DELIVERED",
			List.of("SUMMONED", "EXAMINED", "DECIDED", "DELIVERED"), "COMPLETED",
			List.of("SUMMONED", "EXAMINED", "DECIDED", "DELIVERED", "COMPLETED"), "CANCELLED", List.of("CANCELLED"));

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	static String nip;

	@BeforeEach
	void anEmployee() {
		this.clock.set(LocalDateTime.of(2025, 6, 16, 10, 0));
		if (nip == null) {
			UnitView opd = this.fixtures.opd("Dinas Kasus Uji");
			nip = this.fixtures.employee(opd.code(), "Andi Prasetyo", null);
		}
	}

	@AfterEach
	void realTimeAgain() {
		this.clock.reset();
	}

	static Stream<Arguments> everyMove() {
		List<Arguments> moves = new ArrayList<>();
		for (String from : List.of("PROPOSED", "SUMMONED", "SUMMONED_TWICE", "EXAMINED", "DECIDED", "DELIVERED",
				"COMPLETED", "CANCELLED")) {
			for (CaseStatus to : EnumSet.allOf(CaseStatus.class)) {
				moves.add(Arguments.of(from, to.name(), ALLOWED.get(from).contains(to.name())));
			}
		}
		return moves.stream();
	}

	@ParameterizedTest(name = "{0} -> {1}: allowed {2}")
	@MethodSource("everyMove")
	void movesFollowTheProcedure(String from, String to, boolean allowed) throws Exception {
		long id = openOther();
		for (String step : PATHS.get(from)) {
			move(id, step).andExpect(status().isOk());
		}
		ResultActions result = move(id, to);
		if (allowed) {
			result.andExpect(status().isOk()).andExpect(jsonPath("$.status").value(to));
		}
		else {
			result.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("to"));
			String unchanged = from.equals("SUMMONED_TWICE") ? "SUMMONED" : from;
			this.mvc.perform(get("/api/v1/cases/{id}", id).with(httpBasic("bkpsdm", DEMO_PASSWORD)))
				.andExpect(jsonPath("$.status").value(unchanged));
		}
	}

	long openOther() throws Exception {
		String body = this.mvc.perform(post("/api/v1/cases").with(httpBasic("bkpsdm", DEMO_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"nip": "%s", "year": 2025, "violation": "Memasang spanduk pasangan calon saat kampanye Pilkada",
					 "article": "PP 94/2021 Pasal 5 huruf n"}""".formatted(nip)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("PROPOSED"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JSON.readTree(body).get("id").asLong();
	}

	ResultActions move(long id, String to) throws Exception {
		String extra = switch (to) {
			case "SUMMONED" -> ", \"summonsNumber\": \"800/12/BKPSDM/2025\"";
			case "EXAMINED" -> ", \"examiner\": \"Kepala Bidang\"";
			case "DECIDED" -> ", \"decreeNumber\": \"800/99/2025\", \"authority\": \"Bupati Sukamaju\","
					+ " \"sanction\": \"WRITTEN_REPRIMAND\", \"effectiveFrom\": \"2025-06-16\"";
			case "CANCELLED" -> ", \"note\": \"Bukti tidak cukup\"";
			default -> "";
		};
		return this.mvc.perform(post("/api/v1/cases/{id}/transitions", id).with(httpBasic("bkpsdm", DEMO_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"to\": \"" + to + "\", \"date\": \"2025-06-16\"" + extra + "}"));
	}

	static JsonNode read(ResultActions result) throws Exception {
		return JSON.readTree(result.andReturn().getResponse().getContentAsString());
	}

}
