package id.siapel.attendance.web;

import java.net.URI;

import id.siapel.attendance.LeaveView;
import id.siapel.attendance.Leaves;
import id.siapel.attendance.RegisterLeave;
import lombok.RequiredArgsConstructor;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/leaves} (api.md, Leave): ADMIN, HR, and UNIT_HEAD within scope. */
@RestController
@RequestMapping("/api/v1/leaves")
@RequiredArgsConstructor
class LeaveApiController {

	private final Leaves leaves;

	@PostMapping
	ResponseEntity<LeaveView> register(@RequestBody RegisterLeave request) {
		LeaveView saved = this.leaves.register(request);
		return ResponseEntity.created(URI.create("/api/v1/leaves/" + saved.id())).body(saved);
	}

}
