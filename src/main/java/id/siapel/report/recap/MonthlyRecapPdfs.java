package id.siapel.report.recap;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import id.siapel.attendance.AttendanceStatus;
import id.siapel.attendance.MonthGrid;
import id.siapel.attendance.RollCallHistory;
import id.siapel.organization.UnitTree;
import id.siapel.organization.UnitView;
import id.siapel.organization.Units;
import id.siapel.report.PdfRenderer;
import id.siapel.report.PemdaProfileView;
import id.siapel.report.PemdaProfiles;
import lombok.RequiredArgsConstructor;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * Makes the rekap bulanan of a unit whose scope the caller has checked (the controller in
 * the request, or {@link MonthlyRecapPdfJob}, which runs without the user), and keeps the
 * PDFs of months fully in the past in {@link ReportCache} while nothing they show
 * changed.
 * <p>
 * Printed at / printed by: a document of the current month names who asked for it and
 * when it was made. A document of a past month may be served again to somebody else from
 * the cache, so it names nobody: it says when it was made (the cache keeps it until its
 * data change) and the audit trail records who downloaded it, each time.
 */
@Service
@RequiredArgsConstructor
@EnableConfigurationProperties(ReportJobProperties.class)
class MonthlyRecapPdfs {

	static final String TEMPLATE = "report/pdf/recap-monthly";

	static final String KIND = "MONTHLY_RECAP_PDF";

	private final RollCallHistory history;

	private final PdfRenderer renderer;

	private final Units units;

	private final PemdaProfiles pemda;

	private final Clock clock;

	private final ReportCache cache;

	/**
	 * A made document.
	 *
	 * @param fileName e.g. {@code rekap-bulanan_DINKES_2025-04.pdf}
	 * @param content the PDF
	 * @param rows employees in it
	 * @param cached whether it came from the cache (made earlier)
	 */
	record Document(String fileName, byte[] content, int rows, boolean cached) {
	}

	static String fileName(UnitView unit, YearMonth month) {
		return "rekap-bulanan_" + unit.code() + "_" + month + ".pdf";
	}

	/** Whether the month is over: only then is its document kept. */
	boolean cacheable(YearMonth month) {
		return month.isBefore(YearMonth.now(this.clock));
	}

	/**
	 * The kept document of a past month if nothing in it changed since it was made (one
	 * query for the fingerprint, one for the file); empty for the current and future
	 * months.
	 */
	Optional<Document> cached(UnitView unit, YearMonth month, Locale locale) {
		if (!cacheable(month)) {
			return Optional.empty();
		}
		String fingerprint = this.cache.fingerprint(unit, month);
		return this.cache.find(KIND, unit.id(), month.toString(), locale.toLanguageTag(), fingerprint)
			.map((hit) -> new Document(hit.fileName(), hit.content(), hit.rows(), true));
	}

	/** How many employees the document lists (one count). */
	long size(UnitView unit, YearMonth month) {
		return this.history.gridSize(unit, month);
	}

	/**
	 * The kept document if still valid, else a new one, kept if its month is over. The
	 * fingerprint is taken before the data are read: a change made while the document is
	 * rendered makes the next request render again.
	 * @param printedBy who asked, named in a document of the current month only
	 */
	Document make(UnitView unit, YearMonth month, String printedBy, Locale locale) {
		if (!cacheable(month)) {
			return render(unit, month, printedBy, locale);
		}
		String fingerprint = this.cache.fingerprint(unit, month);
		String language = locale.toLanguageTag();
		Optional<ReportCache.Entry> hit = this.cache.find(KIND, unit.id(), month.toString(), language, fingerprint);
		if (hit.isPresent()) {
			return new Document(hit.get().fileName(), hit.get().content(), hit.get().rows(), true);
		}
		Document made = render(unit, month, null, locale);
		this.cache.store(KIND, unit.id(), month.toString(), language, fingerprint, made.fileName(), made.rows(),
				made.content());
		return made;
	}

	private Document render(UnitView unit, YearMonth month, String printedBy, Locale locale) {
		Map<String, Object> variables = variables(unit, month, printedBy, locale);
		byte[] pdf = this.renderer.render(TEMPLATE, variables, locale);
		MonthGrid grid = (MonthGrid) variables.get("grid");
		return new Document(fileName(unit, month), pdf, grid.rows().size(), false);
	}

	/**
	 * The template's variables: every employee of the unit and its sub-units in the month
	 * (no cap: a unit of 15,000 gets 15,000 lines).
	 * @param printedBy who asked, or {@code null} for a document that may be served to
	 * others (the template then names nobody)
	 */
	Map<String, Object> variables(UnitView unit, YearMonth month, String printedBy, Locale locale) {
		MonthGrid grid = this.history.grid(unit, month, 0, Integer.MAX_VALUE);
		List<UnitView> subtree = this.units.tree()
			.flatten(List.of(grid.unit().id()))
			.stream()
			.map(UnitTree.Node::unit)
			.toList();
		Map<String, Object> variables = new HashMap<>();
		variables.put("grid", grid);
		variables.put("document", MonthlyRecapDocument.of(grid, subtree));
		PemdaProfileView profile = this.pemda.current();
		variables.put("profile", profile);
		variables.put("placeAndDate", profile.placeAndDate(LocalDate.now(this.clock), locale));
		variables.put("logo", this.pemda.logoDataUri().orElse(null));
		variables.put("statuses", AttendanceStatus.values());
		variables.put("printedAt", ZonedDateTime.now(this.clock));
		variables.put("printedBy", printedBy);
		return variables;
	}

}
