package id.siapel.discipline.web;

import java.time.LocalDate;
import java.util.List;

import id.siapel.discipline.FlagFilter;
import id.siapel.discipline.FlagKind;
import id.siapel.discipline.FlagStatus;
import id.siapel.discipline.FlagView;
import id.siapel.discipline.Flags;
import lombok.RequiredArgsConstructor;

import org.springframework.format.annotation.DateTimeFormat;
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

	static final int MAX_FLAGS = 1000;

	private final Flags flags;

	private final FlagTexts texts;

	@GetMapping
	List<FlagJson> list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String unit, @RequestParam(required = false) FlagKind kind,
			@RequestParam(required = false) FlagStatus status, @RequestParam(required = false) String nip,
			@RequestParam(defaultValue = "false") boolean withdrawn) {
		return this.flags.search(new FlagFilter(from, to, unit, kind, status, nip, withdrawn), 0, MAX_FLAGS)
			.items()
			.stream()
			.map((flag) -> FlagJson.of(flag, this.texts.detail(flag)))
			.toList();
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
