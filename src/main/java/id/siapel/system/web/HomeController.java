package id.siapel.system.web;

import java.time.Clock;
import java.time.LocalDate;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page; what it shows depends on the roles of the user (see the template). */
@Controller
@RequiredArgsConstructor
class HomeController {

	private final Clock clock;

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("today", LocalDate.now(this.clock));
		return "system/home";
	}

}
