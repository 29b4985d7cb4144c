package id.siapel.attendance;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import id.siapel.organization.UnitKind;
import id.siapel.organization.UnitView;
import id.siapel.organization.WorkPattern;
import id.siapel.security.NewUser;
import id.siapel.security.Role;
import id.siapel.security.UserAccounts;
import id.siapel.testsupport.Chromium;
import id.siapel.testsupport.Fixtures;
import id.siapel.testsupport.SiapelIntegrationTest;
import id.siapel.testsupport.SiapelServerTest;
import id.siapel.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Saturday 17 May 2025 in a five-day Dinas Kesehatan whose Puskesmas works six days: the
 * head on a phone presses "Buka apel" and lands on the Dinas page, which lists the
 * Puskesmas that works today; its sheet opens and is sent; before that, BKPSDM's board
 * shows the Dinas as waiting for it and, after the cut-off, as missing; after it as
 * complete.
 */
@SiapelServerTest
class SaturdaySubUnitBrowserTests {

	static final String PASSWORD = "kepala-sabtu-ponsel";

	@RegisterExtension
	static final Chromium chromium = new Chromium();

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	UserAccounts accounts;

	@AfterEach
	void realTimeAgain() {
		this.clock.reset();
	}

	@Test
	void thePuskesmasSaturdaySheetIsReachedSentAndOnTheBoard() {
		this.clock.set(LocalDateTime.of(2025, 5, 17, 8, 0));
		UnitView dinas = this.fixtures.opd("Dinas Kesehatan Ponsel Sabtu");
		UnitView puskesmas = this.fixtures.unit(dinas.code(), "UPTD Puskesmas Ponsel", UnitKind.TECHNICAL_UNIT,
				WorkPattern.SIX_DAY);
		this.fixtures.employees(dinas.code(), 3, LocalDate.of(2016, 1, 4));
		List<String> nurses = this.fixtures.employees(puskesmas.code(), 4, LocalDate.of(2016, 1, 4));
		String head = "kepala-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(new NewUser(head, PASSWORD, "Kepala Dinkes Sabtu", Set.of(Role.UNIT_HEAD), dinas.code()));

		SheetPage hr = SheetPage.login(chromium.browser(), url(""), "bkpsdm", SiapelIntegrationTest.DEMO_PASSWORD, 1280,
				900, true);
		hr.page.navigate(url("/reports/board"));
		assertThat(hr.page.getByTestId("board-MORNING-" + dinas.code())).hasAttribute("data-state", "WAITING");
		assertThat(hr.page.getByTestId("board-sub-units-" + dinas.code())).isVisible();

		// After the morning cut-off with nothing sent, the Dinas is missing on the board.
		this.clock.set(LocalDateTime.of(2025, 5, 17, 10, 30));
		hr.page.navigate(url("/reports/board"));
		assertThat(hr.page.getByTestId("board-MORNING-" + dinas.code())).hasAttribute("data-state", "MISSING");

		SheetPage phone = SheetPage.login(chromium.browser(), url(""), head, PASSWORD, 390, 844, true);
		phone.page.getByTestId("open-roll-call").click();
		phone.page.waitForURL(url("/roll-calls/" + dinas.code() + "/2025-05-17/MORNING"));
		assertThat(phone.page.getByTestId("sheet-closed")).containsText("Bukan hari kerja");
		phone.page.getByTestId("subunit-" + puskesmas.code())
			.getByRole(com.microsoft.playwright.options.AriaRole.LINK)
			.click();
		phone.ready();
		assertThat(phone.page.getByTestId("sheet-count")).containsText("Hadir 4 dari 4");
		phone.page.waitForURL(url("/roll-calls/" + puskesmas.code() + "/2025-05-17/MORNING"));
		phone.mark(nurses.get(1), "TK", null);
		phone.send();
		assertThat(phone.message()).containsText("Apel pagi tersimpan: hadir 3 dari 4, tanpa keterangan 1.");

		hr.page.navigate(url("/reports/board"));
		assertThat(hr.page.getByTestId("board-MORNING-" + dinas.code())).hasAttribute("data-state", "COMPLETE");
		hr.close();
		phone.close();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
