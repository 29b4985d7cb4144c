package id.siapel.job.web;

import java.util.List;

import id.siapel.job.JobView;
import id.siapel.job.Jobs;
import lombok.RequiredArgsConstructor;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The background jobs over the API (README "API notes"): the caller's own jobs (every job
 * for the administrator), and one job for its owner or the administrator; anybody else
 * gets a 404 problem.
 */
@RestController
@RequestMapping("/api/v1/jobs")
@PreAuthorize("hasAnyRole('UNIT_HEAD', 'HR', 'SECRETARY', 'ADMIN')")
@RequiredArgsConstructor
class JobApiController {

	private final Jobs jobs;

	@GetMapping
	List<JobView> list() {
		return this.jobs.mine();
	}

	@GetMapping("/{id}")
	JobView job(@PathVariable long id) {
		return this.jobs.job(id);
	}

}
