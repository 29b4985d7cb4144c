package id.siapel.attendance.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import id.siapel.attendance.AttendanceStatus;
import id.siapel.attendance.EntrySource;
import id.siapel.attendance.RollCallMarking;
import id.siapel.attendance.RollCallSheet;
import id.siapel.attendance.RollCalls;
import id.siapel.attendance.Session;
import id.siapel.attendance.SubmitRollCall;
import lombok.RequiredArgsConstructor;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/roll-calls/{unitCode}/{date}/{session}} (api.md, Roll call): read within
 * scope; mark and submit as a unit head within scope, HR or ADMIN.
 */
@RestController
@RequestMapping("/api/v1/roll-calls/{unitCode}/{date}/{session}")
@RequiredArgsConstructor
class RollCallApiController {

	private final RollCalls rollCalls;

	private final RollCallMarking marking;

	@GetMapping
	SheetJson get(@PathVariable String unitCode,
			@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@PathVariable Session session) {
		return SheetJson.of(this.rollCalls.sheet(unitCode, date, session));
	}

	@PutMapping
	SheetJson put(@PathVariable String unitCode,
			@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, @PathVariable Session session,
			@RequestBody PutRequest request) {
		List<SubmitRollCall.Mark> marks = (request.records() == null) ? List.of()
				: request.records()
					.stream()
					.map((r) -> (r == null) ? new SubmitRollCall.Mark(null, null, null, null, null)
							: new SubmitRollCall.Mark(r.nip(), r.status(), r.minutes(), r.note(), null))
					.toList();
		return SheetJson.of(this.marking
			.submit(new SubmitRollCall(unitCode, date, session, request.version(), request.reason(), marks)));
	}

	record PutRequest(Long version, String reason, List<RecordRequest> records) {
	}

	record RecordRequest(String nip, AttendanceStatus status, Integer minutes, String note) {
	}

	/**
	 * The sheet as GET answers it (api.md), with what the contract leaves open: the
	 * cancellation that covers it ("apel ditiadakan", {@code null} if none) and those of
	 * units below it, whose people are not on it.
	 */
	record SheetJson(String unitCode, LocalDate date, Session session, boolean working, boolean apelRequired,
			List<String> dayNames, boolean submitted, Instant submittedAt, String submittedBy, long version,
			boolean editable, String state, Counts counts, List<RecordJson> records, CancellationJson cancellation,
			List<CancellationJson> cancelledSubUnits) {

		static SheetJson of(RollCallSheet sheet) {
			RollCallSheet.Counts c = sheet.counts();
			return new SheetJson(sheet.unit().code(), sheet.date(), sheet.session(), sheet.day().working(),
					sheet.day().apelRequired(), sheet.day().names(), sheet.submitted(), sheet.submittedAt(),
					sheet.submittedBy(), sheet.version(), sheet.access().editable(), sheet.access().state().name(),
					new Counts(c.total(), c.present(), c.validReason(), c.unexcused()),
					sheet.groups()
						.stream()
						.flatMap((group) -> group.entries().stream().map((e) -> RecordJson.of(e, group.unit().code())))
						.toList(),
					CancellationJson.of(sheet.cancellation()),
					sheet.cancelledBelow().stream().map(CancellationJson::of).toList());
		}

	}

	record CancellationJson(String unitCode, String reason, String cancelledBy, Instant cancelledAt) {

		static CancellationJson of(RollCallSheet.Cancellation cancellation) {
			return (cancellation != null) ? new CancellationJson(cancellation.unit().code(), cancellation.reason(),
					cancellation.cancelledBy(), cancellation.cancelledAt()) : null;
		}

	}

	record Counts(int total, int present, int validReason, int unexcused) {
	}

	record RecordJson(String nip, String name, String unitCode, AttendanceStatus status, Integer minutes, String note,
			EntrySource source) {

		static RecordJson of(RollCallSheet.Entry entry, String unitCode) {
			return new RecordJson(entry.nip(), entry.name(), unitCode, entry.status(), entry.minutes(), entry.note(),
					entry.source());
		}

	}

}
