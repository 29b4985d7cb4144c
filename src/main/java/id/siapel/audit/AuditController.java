package id.siapel.audit;

import lombok.RequiredArgsConstructor;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit trail for administrators, one page at a time. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
@RequiredArgsConstructor
class AuditController {

	private final AuditLog log;

	@GetMapping("/admin/audit")
	String list(@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String action,
			Model model) {
		model.addAttribute("lines", this.log.page(page, action));
		model.addAttribute("action", action);
		model.addAttribute("actions", this.log.actions());
		return "audit/list";
	}

}
