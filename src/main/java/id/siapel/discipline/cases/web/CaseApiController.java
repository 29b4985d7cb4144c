package id.siapel.discipline.cases.web;

import java.time.LocalDate;
import java.util.List;

import id.siapel.discipline.cases.CaseFilter;
import id.siapel.discipline.cases.CaseStatus;
import id.siapel.discipline.cases.CaseTransition;
import id.siapel.discipline.cases.OpenCase;
import id.siapel.discipline.cases.SanctionCaseService;
import id.siapel.discipline.rules.SanctionLevel;
import id.siapel.shared.RuleViolationException;
import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/cases} (api.md, Sanction cases): open a case, move it, list cases. HR,
 * SECRETARY and ADMIN; a wrong move is 422, a stale {@code version} 409.
 */
@RestController
@RequestMapping("/api/v1/cases")
@RequiredArgsConstructor
class CaseApiController {

	static final int MAX_SIZE = 1000;

	private final SanctionCaseService cases;

	private final MessageSource messages;

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	CaseJson open(@RequestBody OpenRequest request) {
		return CaseJson.of(this.cases.open(new OpenCase(request.nip(), request.year(), request.violation(),
				request.article(), request.sanction(), request.openedOn())), this.messages);
	}

	@PostMapping("/{id}/transitions")
	CaseJson transition(@PathVariable long id, @RequestBody TransitionRequest request) {
		return CaseJson.of(this.cases.transition(id,
				new CaseTransition(request.to(), request.date(), request.version(), request.summonsNumber(),
						request.examinationDate(), request.examiner(), request.team(), request.decreeNumber(),
						request.authority(), request.sanction(), request.effectiveFrom(), request.effectiveTo(),
						request.note())),
				this.messages);
	}

	@GetMapping("/{id}")
	CaseJson get(@PathVariable long id) {
		return CaseJson.of(this.cases.get(id), this.messages);
	}

	@GetMapping
	List<CaseJson> list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String unit,
			@RequestParam(required = false) CaseStatus status, @RequestParam(required = false) SanctionLevel level,
			@RequestParam(required = false) String nip, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + MAX_SIZE) int size) {
		if (size < 1 || size > MAX_SIZE) {
			throw new RuleViolationException("size", "paging.size.invalid", MAX_SIZE);
		}
		return this.cases.search(new CaseFilter(year, unit, status, level, nip), page, size)
			.items()
			.stream()
			.map((c) -> CaseJson.of(c, this.messages))
			.toList();
	}

	/**
	 * Opening a case; {@code date} is the day it was opened (api.md), {@code openedOn}
	 * the same under the name the case answers with.
	 */
	record OpenRequest(String nip, Integer year, String violation, String article, String sanction, LocalDate date,
			LocalDate openedOn) {

		@Override
		public LocalDate openedOn() {
			return (this.date != null) ? this.date : this.openedOn;
		}

	}

	record TransitionRequest(CaseStatus to, LocalDate date, Long version, String summonsNumber,
			LocalDate examinationDate, String examiner, Boolean team, String decreeNumber, String authority,
			String sanction, LocalDate effectiveFrom, LocalDate effectiveTo, String note) {
	}

}
