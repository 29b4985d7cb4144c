package id.siapel.report.sanctions;

import lombok.RequiredArgsConstructor;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * The public page a printed document's QR code opens (no login): what the document
 * contained and when it was printed, or plainly that the code is forged or unknown.
 */
@Controller
@RequiredArgsConstructor
class VerificationController {

	private final PrintedDocuments documents;

	@GetMapping("/verify/{code}")
	ModelAndView verify(@PathVariable String code, Model model) {
		PrintedDocuments.Verification verification = this.documents.verify(code);
		ModelAndView page = new ModelAndView("report/verify");
		page.addObject("verification", verification);
		page.addObject("code", code);
		page.setStatus((verification.outcome() == PrintedDocuments.Verification.Outcome.VALID) ? HttpStatus.OK
				: HttpStatus.NOT_FOUND);
		return page;
	}

}
