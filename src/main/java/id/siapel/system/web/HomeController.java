package id.siapel.system.web;

import java.time.Clock;
import java.time.LocalDate;

import id.siapel.report.Overviews;
import jakarta.servlet.http.HttpServletRequest;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page; what it shows depends on the roles of the user (see the template). The
 * Sekda and BKPSDM get the day's figures, each linking to the page behind it.
 */
@Controller
@RequiredArgsConstructor
class HomeController {

	private final Clock clock;

	private final Overviews overviews;

	@GetMapping("/")
	String home(Model model, HttpServletRequest request) {
		model.addAttribute("today", LocalDate.now(this.clock));
		if (request.isUserInRole("SECRETARY") || request.isUserInRole("HR")) {
			model.addAttribute("overview", this.overviews.today());
		}
		return "system/home";
	}

}
