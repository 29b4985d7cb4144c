package id.siapel.job.web;

import id.siapel.job.JobResult;
import id.siapel.job.Jobs;
import id.siapel.shared.RuleViolationException;
import lombok.RequiredArgsConstructor;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Pekerjaan saya": the user's background jobs with their progress (the row of a job
 * still open reloads itself through htmx every two seconds and stops once the job ended),
 * the reason of a failure with a retry button, and the file a finished job produced.
 * Everybody sees their own jobs; the administrator sees every job.
 */
@Controller
@RequestMapping("/jobs")
@PreAuthorize("hasAnyRole('UNIT_HEAD', 'HR', 'SECRETARY', 'ADMIN')")
@RequiredArgsConstructor
class JobController {

	static final String LIST = "job/list";

	static final String ONE = "job/job";

	private final Jobs jobs;

	@ModelAttribute
	void menu(Model model) {
		model.addAttribute("activeMenu", "jobs");
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("jobs", this.jobs.mine());
		return LIST;
	}

	@GetMapping("/{id}")
	String job(@PathVariable long id, Model model) {
		model.addAttribute("job", this.jobs.job(id));
		return ONE;
	}

	/** The job's row alone, what the page polls while the job runs. */
	@GetMapping("/{id}/row")
	String row(@PathVariable long id, Model model) {
		model.addAttribute("job", this.jobs.job(id));
		return LIST + " :: row";
	}

	@PostMapping("/{id}/retry")
	String retry(@PathVariable long id, RedirectAttributes redirect) {
		try {
			this.jobs.retry(id);
			redirect.addFlashAttribute("success", "jobs.retried");
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("warning", ex.messageKey());
		}
		return "redirect:/jobs/" + id;
	}

	@GetMapping("/{id}/download")
	ResponseEntity<byte[]> download(@PathVariable long id) {
		JobResult file = this.jobs.file(id);
		return ResponseEntity.ok()
			.contentType((file.contentType() != null) ? MediaType.parseMediaType(file.contentType())
					: MediaType.APPLICATION_OCTET_STREAM)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename((file.fileName() != null) ? file.fileName() : "job-" + id)
						.build()
						.toString())
			.body(file.content());
	}

}
