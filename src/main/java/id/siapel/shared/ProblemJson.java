package id.siapel.shared;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Writes an RFC 9457 problem document straight to a servlet response, for the places that
 * run outside Spring MVC's exception handling (security filters, the error dispatch).
 */
public final class ProblemJson {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private ProblemJson() {
	}

	public static void write(HttpServletResponse response, HttpStatus status, String detail, String instance)
			throws IOException {
		write(response, status, null, detail, instance);
	}

	/**
	 * The same with a machine-readable {@code code} a page's script acts on (e.g.
	 * {@code SESSION}).
	 */
	public static void write(HttpServletResponse response, HttpStatus status, String code, String detail,
			String instance) throws IOException {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", detail);
		if (code != null) {
			problem.put("code", code);
		}
		if (instance != null) {
			problem.put("instance", instance);
		}
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		MAPPER.writeValue(response.getOutputStream(), problem);
	}

}
