package id.siapel.discipline.web;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import id.siapel.discipline.FlagFilter;
import id.siapel.discipline.FlagKind;
import id.siapel.discipline.FlagStatus;
import id.siapel.discipline.Flags;
import id.siapel.organization.Units;
import id.siapel.shared.RuleViolationException;
import lombok.RequiredArgsConstructor;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The flags queue: filter by kind, OPD, dates and status, see the counts per kind, review
 * one or many flags at once with a note.
 */
@Controller
@RequestMapping("/flags")
@RequiredArgsConstructor
class FlagController {

	static final int PAGE_SIZE = 50;

	private final Flags flags;

	private final Units units;

	@ModelAttribute
	void menu(Model model) {
		model.addAttribute("activeMenu", "flags");
	}

	@GetMapping
	String queue(@RequestParam(required = false) FlagKind kind,
			@RequestParam(required = false, defaultValue = "OPEN") String status,
			@RequestParam(required = false) String unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String nip, @RequestParam(defaultValue = "false") boolean withdrawn,
			@RequestParam(defaultValue = "0") int page, Model model) {
		if (page < 0) {
			throw new RuleViolationException("page", "paging.page.invalid");
		}
		FlagStatus chosenStatus = "ALL".equals(status) ? null
				: java.util.Arrays.stream(FlagStatus.values())
					.filter((s) -> s.name().equals(status))
					.findFirst()
					.orElseThrow(() -> new RuleViolationException("status", "flag.status.invalid"));
		FlagFilter filter = new FlagFilter(from, to, unit, kind, chosenStatus, nip, withdrawn);
		model.addAttribute("result", this.flags.search(filter, page, PAGE_SIZE));
		model.addAttribute("counts", this.flags.openCounts(filter));
		model.addAttribute("kinds", FlagKind.values());
		model.addAttribute("statuses", FlagStatus.values());
		model.addAttribute("filter", filter);
		model.addAttribute("status", status);
		model.addAttribute("opds", this.units.visibleTree());
		model.addAttribute("query", query(kind, status, unit, from, to, nip, withdrawn));
		return "discipline/flags";
	}

	/**
	 * Reviews the ticked flags, or with {@code allOnPage} every open flag the page listed
	 * ({@code pageIds}): the "select all on this page" box works without JavaScript too.
	 */
	@PostMapping("/review")
	@PreAuthorize("hasAnyRole('HR', 'SECRETARY', 'ADMIN')")
	String review(@RequestParam(name = "ids", required = false) List<Long> ids,
			@RequestParam(defaultValue = "false") boolean allOnPage,
			@RequestParam(name = "pageIds", required = false) List<Long> pageIds,
			@RequestParam(required = false) FlagStatus decision, @RequestParam(required = false) String note,
			@RequestParam(defaultValue = "") String back, RedirectAttributes redirect) {
		Set<Long> chosen = new LinkedHashSet<>();
		if (ids != null) {
			chosen.addAll(ids);
		}
		if (allOnPage && pageIds != null) {
			chosen.addAll(pageIds);
		}
		chosen.remove(null);
		try {
			int reviewed = this.flags.reviewAll(List.copyOf(chosen), decision, note);
			redirect.addFlashAttribute("success", "flag.reviewed." + decision);
			redirect.addFlashAttribute("successArgs", new Object[] { reviewed });
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("warning", ex.messageKey());
			redirect.addFlashAttribute("warningArgs", ex.arguments());
		}
		// Only a query string of this page is followed back, never another address.
		return "redirect:/flags" + (back.startsWith("?") && !back.contains("//") ? back : "");
	}

	private static String query(FlagKind kind, String status, String unit, LocalDate from, LocalDate to, String nip,
			boolean withdrawn) {
		return UriComponentsBuilder.newInstance()
			.queryParamIfPresent("kind", java.util.Optional.ofNullable(kind))
			.queryParam("status", status)
			.queryParamIfPresent("unit", java.util.Optional.ofNullable(unit).filter((u) -> !u.isBlank()))
			.queryParamIfPresent("from", java.util.Optional.ofNullable(from))
			.queryParamIfPresent("to", java.util.Optional.ofNullable(to))
			.queryParamIfPresent("nip", java.util.Optional.ofNullable(nip).filter((n) -> !n.isBlank()))
			.queryParamIfPresent("withdrawn", withdrawn ? java.util.Optional.of(true) : java.util.Optional.empty())
			.build()
			.encode()
			.toUriString();
	}

}
