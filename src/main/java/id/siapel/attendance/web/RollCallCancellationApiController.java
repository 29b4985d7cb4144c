package id.siapel.attendance.web;

import java.time.LocalDate;

import id.siapel.attendance.CancelRollCall;
import id.siapel.attendance.RollCallCancellation;
import id.siapel.attendance.Session;
import id.siapel.attendance.web.RollCallApiController.SheetJson;
import lombok.RequiredArgsConstructor;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/roll-calls/{unitCode}/{date}/{session}/cancellation}: "apel ditiadakan".
 * POST records that the apel did not take place, with a reason, for the unit and the
 * units below it (their records of the session are removed); DELETE withdraws it, leaving
 * the sheet open and not submitted. Both answer the sheet as GET does, and follow the
 * rules of a sheet's PUT: a unit head within scope until the edit window closes (403
 * outside scope or after it), HR and ADMIN at any time; a stale {@code version} → 409; a
 * missing reason, a non-working day, a session not started → 422.
 */
@RestController
@RequestMapping("/api/v1/roll-calls/{unitCode}/{date}/{session}/cancellation")
@RequiredArgsConstructor
class RollCallCancellationApiController {

	private final RollCallCancellation cancellation;

	@PostMapping
	SheetJson cancel(@PathVariable String unitCode,
			@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, @PathVariable Session session,
			@RequestBody CancellationRequest request) {
		return SheetJson.of(this.cancellation
			.cancel(new CancelRollCall(unitCode, date, session, request.version(), request.reason())));
	}

	/** The body is optional: a version to check, a reason (HR after the edit window). */
	@DeleteMapping
	SheetJson restore(@PathVariable String unitCode,
			@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, @PathVariable Session session,
			@RequestBody(required = false) CancellationRequest request) {
		CancellationRequest given = (request != null) ? request : new CancellationRequest(null, null);
		return SheetJson.of(this.cancellation
			.restore(new CancelRollCall(unitCode, date, session, given.version(), given.reason())));
	}

	/**
	 * @param version the sheet's version the client saw (optional)
	 * @param reason why the apel did not take place (required when cancelling)
	 */
	record CancellationRequest(Long version, String reason) {
	}

}
