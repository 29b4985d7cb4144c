package id.siapel.discipline.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import id.siapel.discipline.FlagFilter;
import id.siapel.discipline.FlagKind;
import id.siapel.discipline.FlagStatus;
import id.siapel.discipline.FlagView;
import id.siapel.discipline.Flags;
import id.siapel.discipline.Flags.FlagPage;
import id.siapel.shared.RuleViolationException;
import lombok.RequiredArgsConstructor;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/flags} (api.md, Flags): read within scope; review by HR, SECRETARY,
 * ADMIN.
 */
@RestController
@RequestMapping("/api/v1/flags")
@RequiredArgsConstructor
class FlagApiController {

	/** The largest page a client may ask for. */
	static final int MAX_SIZE = 1000;

	static final String DEFAULT_SIZE = "100";

	private final Flags flags;

	private final FlagTexts texts;

	/**
	 * One page of flags as a JSON array (api.md), with {@code X-Total-Count} and an RFC
	 * 8288 {@code Link} header (first, prev, next, last), so a client sees when there is
	 * more than one page instead of a silently cut list.
	 */
	@GetMapping
	ResponseEntity<List<FlagJson>> list(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String unit, @RequestParam(required = false) FlagKind kind,
			@RequestParam(required = false) FlagStatus status, @RequestParam(required = false) String nip,
			@RequestParam(defaultValue = "false") boolean withdrawn, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = DEFAULT_SIZE) int size) {
		List<RuleViolationException.Problem> problems = new ArrayList<>();
		if (page < 0) {
			problems.add(new RuleViolationException.Problem("page", "paging.page.invalid"));
		}
		if (size < 1 || size > MAX_SIZE) {
			problems.add(new RuleViolationException.Problem("size", "paging.size.invalid", MAX_SIZE));
		}
		if (!problems.isEmpty()) {
			throw new RuleViolationException(problems);
		}
		FlagPage result = this.flags.search(new FlagFilter(from, to, unit, kind, status, nip, withdrawn), page, size);
		List<FlagJson> body = result.items()
			.stream()
			.map((flag) -> FlagJson.of(flag, this.texts.detail(flag)))
			.toList();
		return ResponseEntity.ok()
			.header("X-Total-Count", String.valueOf(result.total()))
			.header(HttpHeaders.LINK, PageLinks.of(result.page(), result.size(), result.totalPages()))
			.body(body);
	}

	@PostMapping("/{id}/review")
	FlagJson review(@PathVariable long id, @RequestBody ReviewRequest request) {
		this.flags.review(id, request.decision(), request.note(), request.version());
		FlagView flag = this.flags.find(id);
		return FlagJson.of(flag, this.texts.detail(flag));
	}

	record ReviewRequest(FlagStatus decision, String note, Long version) {
	}

	record FlagJson(long id, FlagKind kind, String nip, String name, String unitCode, LocalDate date, String severity,
			String detail, FlagStatus status, String reviewNote, String reviewedBy, boolean withdrawn, long version) {

		static FlagJson of(FlagView flag, String detail) {
			return new FlagJson(flag.id(), flag.kind(), flag.nip(), flag.employeeName(), flag.unitCode(), flag.date(),
					flag.severity().name(), detail, flag.status(), flag.reviewNote(), flag.reviewedBy(),
					flag.withdrawn(), flag.version());
		}

	}

}
