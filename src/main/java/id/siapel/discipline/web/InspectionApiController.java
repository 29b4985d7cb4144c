package id.siapel.discipline.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import id.siapel.attendance.AttendanceStatus;
import id.siapel.attendance.Session;
import id.siapel.discipline.Inspections;
import id.siapel.discipline.Inspections.InspectionPage;
import id.siapel.discipline.Inspections.InspectionView;
import id.siapel.discipline.Inspections.InspectorKind;
import id.siapel.discipline.Inspections.RecordInspection;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /api/v1/inspections}: record an inspection (sidak) with whom it found absent
 * (HR, ADMIN) and list them by date and unit (HR, SECRETARY, ADMIN), paged like the flags
 * ({@code X-Total-Count}, {@code Link}).
 */
@RestController
@RequestMapping("/api/v1/inspections")
@RequiredArgsConstructor
class InspectionApiController {

	static final int MAX_SIZE = 1000;

	private final Inspections inspections;

	@PostMapping
	ResponseEntity<InspectionJson> record(@RequestBody InspectionRequest request) {
		long id;
		try {
			id = this.inspections.record(request.toCommand());
		}
		catch (RuleViolationException ex) {
			// The problems name the fields of this JSON body, not of the service.
			throw new RuleViolationException(ex.problems()
				.stream()
				.map((problem) -> new RuleViolationException.Problem(problem.line(), jsonField(problem.field()),
						problem.messageKey(), problem.arguments()))
				.toList());
		}
		URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(id).toUri();
		return ResponseEntity.created(location).body(InspectionJson.of(this.inspections.find(id)));
	}

	private static String jsonField(String field) {
		if (field == null) {
			return null;
		}
		return switch (field) {
			case "day" -> "date";
			case "inspectorKind" -> "inspector";
			case "inspector" -> "inspectorName";
			default -> field;
		};
	}

	@GetMapping("/{id}")
	InspectionJson one(@PathVariable long id) {
		return InspectionJson.of(this.inspections.find(id));
	}

	@GetMapping
	ResponseEntity<List<InspectionJson>> list(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String unit, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "100") int size) {
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
		InspectionPage result = this.inspections.search(from, to, unit, page, size);
		return ResponseEntity.ok()
			.header("X-Total-Count", String.valueOf(result.total()))
			.header(HttpHeaders.LINK, PageLinks.of(result.page(), result.size(), result.totalPages()))
			.body(result.items().stream().map(InspectionJson::of).toList());
	}

	/**
	 * The body of {@code POST /api/v1/inspections}.
	 *
	 * @param inspector who inspected: {@code REGENT} (Bupati/Wali Kota),
	 * {@code SECRETARY} (Sekda), {@code INSPECTORATE} (Inspektorat) or {@code HR}
	 * (BKPSDM)
	 * @param inspectorName the inspector's name and office
	 */
	record InspectionRequest(String unitCode, LocalDate date, Session session, InspectorKind inspector,
			String inspectorName, Instant inspectedAt, String note, List<String> absentNips) {

		RecordInspection toCommand() {
			return new RecordInspection(this.unitCode, this.date, this.session, this.inspectedAt, this.inspector,
					this.inspectorName, this.note, this.absentNips);
		}

	}

	record InspectionJson(long id, String unitCode, LocalDate date, Session session, InspectorKind inspector,
			String inspectorName, Instant inspectedAt, String note, String recordedBy, List<AbsenteeJson> absentees) {

		static InspectionJson of(InspectionView view) {
			return new InspectionJson(view.id(), view.unitCode(), view.day(), view.session(), view.inspectorKind(),
					view.inspector(), view.inspectedAt(), view.note(), view.createdBy(),
					view.absentees()
						.stream()
						.map((a) -> new AbsenteeJson(a.nip(), a.name(), a.status(), a.flagged()))
						.toList());
		}

	}

	/**
	 * @param sheetStatus what the sheet of that session says, {@code null} if not
	 * submitted
	 * @param mismatch an {@code INSPECTION_MISMATCH} flag stands for it
	 */
	record AbsenteeJson(String nip, String name, AttendanceStatus sheetStatus, boolean mismatch) {
	}

}
