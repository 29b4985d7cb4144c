package id.siapel.discipline.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import id.siapel.attendance.AttendanceStatus;
import id.siapel.attendance.Session;
import id.siapel.discipline.Inspections;
import id.siapel.discipline.Inspections.Evidence;
import id.siapel.discipline.Inspections.EvidenceFile;
import id.siapel.discipline.Inspections.InspectionPage;
import id.siapel.discipline.Inspections.InspectionView;
import id.siapel.discipline.Inspections.InspectorKind;
import id.siapel.discipline.Inspections.RecordInspection;
import id.siapel.shared.RuleViolationException;
import lombok.RequiredArgsConstructor;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /api/v1/inspections}: record an inspection (sidak) with its time and whom it
 * found absent, attach photos or PDFs to it (HR, ADMIN), list them by date and unit and
 * download their evidence (HR, SECRETARY, ADMIN), paged like the flags
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

	/**
	 * Attaches the files of the multipart parts named {@code evidence}: JPEG, PNG or PDF
	 * by content, at most 5 MB each (422 otherwise). Answers every file the inspection
	 * has.
	 */
	@PostMapping(path = "/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<List<EvidenceJson>> attach(@PathVariable long id,
			@RequestPart(name = "evidence", required = false) List<MultipartFile> files) {
		List<Evidence> evidence = this.inspections.attach(id, InspectionForm.uploads(files));
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(evidence.stream().map((file) -> EvidenceJson.of(id, file)).toList());
	}

	@GetMapping("/{id}/evidence/{evidenceId}")
	ResponseEntity<byte[]> evidence(@PathVariable long id, @PathVariable long evidenceId) {
		EvidenceFile file = this.inspections.evidenceFile(id, evidenceId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
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
	 * @param time the time of the inspection, {@code HH:mm} in the Pemda's zone
	 * (required, unless {@code inspectedAt} on the same day is given)
	 * @param inspectedAt the time as an instant, the older way of giving it
	 */
	record InspectionRequest(String unitCode, LocalDate date, Session session, LocalTime time, InspectorKind inspector,
			String inspectorName, Instant inspectedAt, String note, List<String> absentNips) {

		RecordInspection toCommand() {
			return new RecordInspection(this.unitCode, this.date, this.session, this.time, this.inspectedAt,
					this.inspector, this.inspectorName, this.note, this.absentNips, List.of());
		}

	}

	/**
	 * @param time the time of the inspection, {@code HH:mm}, {@code null} for one
	 * recorded before it was asked
	 * @param evidence its photos and documents
	 */
	record InspectionJson(long id, String unitCode, LocalDate date, Session session, String time,
			InspectorKind inspector, String inspectorName, Instant inspectedAt, String note, String recordedBy,
			List<AbsenteeJson> absentees, List<EvidenceJson> evidence) {

		static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

		static InspectionJson of(InspectionView view) {
			return new InspectionJson(view.id(), view.unitCode(), view.day(), view.session(),
					(view.time() != null) ? TIME.format(view.time()) : null, view.inspectorKind(), view.inspector(),
					view.inspectedAt(), view.note(), view.createdBy(),
					view.absentees()
						.stream()
						.map((a) -> new AbsenteeJson(a.nip(), a.name(), a.status(), a.flagged()))
						.toList(),
					view.evidence().stream().map((file) -> EvidenceJson.of(view.id(), file)).toList());
		}

	}

	/**
	 * A photo or document of an inspection.
	 *
	 * @param contentType {@code image/jpeg}, {@code image/png} or
	 * {@code application/pdf}, found from the content
	 * @param size in bytes
	 * @param url where to download it
	 */
	record EvidenceJson(long id, String fileName, String contentType, int size, Instant uploadedAt, String uploadedBy,
			String url) {

		static EvidenceJson of(long inspectionId, Evidence file) {
			return new EvidenceJson(file.id(), file.fileName(), file.contentType(), file.size(), file.createdAt(),
					file.createdBy(), "/api/v1/inspections/" + inspectionId + "/evidence/" + file.id());
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
