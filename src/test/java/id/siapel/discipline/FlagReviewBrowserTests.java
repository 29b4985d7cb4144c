package id.siapel.discipline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import id.siapel.organization.UnitKind;
import id.siapel.organization.UnitView;
import id.siapel.testsupport.Chromium;
import id.siapel.testsupport.Fixtures;
import id.siapel.testsupport.SiapelServerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * BKPSDM reviews a full page of 50 flags (issue 13) on a desktop (1280×900) and on a
 * phone (390×844): the review bar is on the screen as soon as the page opens, without
 * scrolling past the list; "select all on this page" is ticked with the keyboard and
 * ticks the 50 boxes; the review saves them all. Without JavaScript the same box alone
 * reviews the page. Screenshots go to {@code target/screenshots}.
 */
@SiapelServerTest
class FlagReviewBrowserTests {

	@RegisterExtension
	static final Chromium chromium = new Chromium();

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theReviewBarIsInViewAndSelectAllTicksThePageOnADesktopAndAPhone() {
		for (int[] size : new int[][] { { 1280, 900 }, { 390, 844 } }) {
			String suffix = (size[0] < 500) ? "phone" : "desktop";
			UnitView opd = opdWith60Flags("Dinas Tinjau Massal " + suffix);
			List<String> errors = new ArrayList<>();
			try (BrowserContext context = chromium.browser()
				.newContext(new Browser.NewContextOptions().setViewportSize(size[0], size[1]))) {
				Page page = login(context);
				page.onConsoleMessage((message) -> {
					if ("error".equals(message.type())) {
						errors.add(message.text());
					}
				});
				page.navigate(url("/flags?unit=" + opd.code()));
				assertThat(page.locator("[data-testid=flags] > li")).hasCount(50);
				assertThat(page.getByTestId("flag-opd").first()).hasText("Dinas Tinjau Massal " + suffix);
				if (size[0] > 500) {
					assertInView(page, page.getByTestId("review-submit"), size[1], true);
				}
				// Wherever the list is read, the review is on the screen: at its first
				// flag
				// (on a phone the filter fills the first screen) and half-way down.
				Locator items = page.locator("[data-testid=flags] > li");
				items.first().scrollIntoViewIfNeeded();
				assertInView(page, page.getByTestId("review-submit"), size[1], false);
				assertInView(page, page.locator("#note"), size[1], false);
				shot(page, "flags-review-" + suffix);
				items.nth(25).scrollIntoViewIfNeeded();
				assertInView(page, page.getByTestId("review-submit"), size[1], false);
				assertInView(page, items.nth(25), size[1], false);

				page.getByTestId("select-all").focus();
				page.keyboard().press("Space");
				assertThat(page.locator("input[name=ids]:checked")).hasCount(50);
				assertThat(page.getByText("50 dipilih")).isVisible();
				Locator first = page.locator("input[name=ids]").first();
				first.uncheck();
				assertThat(page.getByTestId("select-all")).not().isChecked();
				assertThat(page.getByTestId("select-all").evaluate("box => box.indeterminate")).isEqualTo(true);
				first.check();
				assertThat(page.getByTestId("select-all")).isChecked();

				page.locator("#decision-confirmed").check();
				page.locator("#note").fill("Sudah diklarifikasi ke OPD");
				assertInView(page, page.getByTestId("review-submit"), size[1], false);
				page.getByTestId("review-submit").click();
				assertThat(page.getByTestId("flash-success")).hasText("50 penandaan dikonfirmasi.");
				assertThat(page.locator("[data-testid=flags] > li")).hasCount(10);
				int width = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
				assertThat(width).as("the page does not widen beyond the screen").isLessThanOrEqualTo(size[0]);
			}
			assertThat(errors).isEmpty();
		}
	}

	@Test
	void withoutJavaScriptTheSelectAllBoxAloneReviewsThePage() {
		UnitView opd = opdWith60Flags("Dinas Tinjau Tanpa Skrip");
		try (BrowserContext context = chromium.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setJavaScriptEnabled(false))) {
			Page page = login(context);
			page.navigate(url("/flags?unit=" + opd.code()));
			page.getByTestId("select-all").check();
			assertInView(page, page.getByTestId("review-submit"), 844, false);
			assertThat(page.locator("input[name=ids]:checked")).hasCount(0);
			page.locator("#decision-dismissed").check();
			page.locator("#note").fill("Bukan pelanggaran");
			page.getByTestId("review-submit").click();
			assertThat(page.getByTestId("flash-success")).hasText("50 penandaan diabaikan.");
			assertThat(page.locator("[data-testid=flags] > li")).hasCount(10);
		}
	}

	/** An OPD with a sub-unit that missed 60 roll calls: more open flags than a page. */
	private UnitView opdWith60Flags(String name) {
		UnitView opd = this.fixtures.opd(name);
		UnitView division = this.fixtures.unit(opd.code(), "Bidang Tinjau", UnitKind.DIVISION);
		this.jdbc
			.sql("""
					insert into discipline_flag (kind, cause_key, unit_id, day, severity, detail_key, detail_args, raised_at,
					    updated_at)
					select 'ROLL_CALL_MISSING', 'BULK:' || :unit || ':' || n, :unit, date '2024-01-01' + n, 'NORMAL',
					    'flag.detail.ROLL_CALL_MISSING', 'MORNING' || chr(10) || '0' || chr(10) || '5', now(), now()
					from generate_series(1, 60) as n""")
			.param("unit", division.id())
			.update();
		return opd;
	}

	/**
	 * On the screen, not above it, not below it; unscrolled: as the page opened.
	 */
	private static void assertInView(Page page, Locator element, int viewportHeight, boolean unscrolled) {
		if (unscrolled) {
			assertThat(((Number) page.evaluate("window.scrollY")).intValue()).as("not scrolled").isZero();
		}
		BoundingBox box = element.boundingBox();
		assertThat(box).isNotNull();
		assertThat(box.y).as("top").isGreaterThanOrEqualTo(0);
		assertThat(box.y + box.height).as("bottom within the %d px screen", viewportHeight)
			.isLessThanOrEqualTo(viewportHeight);
	}

	private Page login(BrowserContext context) {
		Page page = context.newPage();
		page.navigate(url("/login"));
		page.getByLabel("Nama pengguna").fill("bkpsdm");
		page.getByLabel("Kata sandi").fill("siapel-demo");
		page.locator("form button[type=submit]").click();
		page.waitForURL((address) -> !address.contains("/login"));
		return page;
	}

	private static void shot(Page page, String name) {
		page.screenshot(
				new Page.ScreenshotOptions().setPath(Path.of("target/screenshots", name + ".png")).setFullPage(false));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
