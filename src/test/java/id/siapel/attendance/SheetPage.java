package id.siapel.attendance;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The roll-call sheet as a head uses it in the browser: log in, open, wait until the page
 * is ready (marks kept on the device restored), find a person, mark through the shared
 * picker, send.
 */
final class SheetPage {

	final BrowserContext context;

	final Page page;

	private final String baseUrl;

	private SheetPage(BrowserContext context, Page page, String baseUrl) {
		this.context = context;
		this.page = page;
		this.baseUrl = baseUrl;
	}

	/** A new browser context of the given size, logged in through the login form. */
	static SheetPage login(Browser browser, String baseUrl, String username, String password, int width, int height,
			boolean javaScript) {
		BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height)
			.setJavaScriptEnabled(javaScript)
			.setLocale("id-ID"));
		Page page = context.newPage();
		SheetPage sheet = new SheetPage(context, page, baseUrl);
		sheet.logIn(username, password);
		return sheet;
	}

	void logIn(String username, String password) {
		this.page.navigate(this.baseUrl + "/login");
		this.page.getByLabel("Nama pengguna").fill(username);
		this.page.getByLabel("Kata sandi").fill(password);
		this.page.locator("form button[type=submit]").click();
		this.page.waitForURL((url) -> !url.contains("/login"));
	}

	/** Opens a sheet and waits until its script has restored what the device kept. */
	SheetPage open(String path) {
		this.page.navigate(this.baseUrl + path);
		return ready();
	}

	SheetPage ready() {
		this.page.waitForSelector("form[data-sheet][data-ready=true]",
				new Page.WaitForSelectorOptions().setState(WaitForSelectorState.ATTACHED));
		return this;
	}

	/** Waits until the service worker controls the page (so that the sheet is kept). */
	SheetPage controlledByServiceWorker() {
		Object state = this.page.evaluate("""
				async () => {
				  const registration = await navigator.serviceWorker.ready;
				  return registration.active ? registration.active.state : 'none';
				}""");
		if (!(Boolean) this.page.evaluate("() => navigator.serviceWorker.controller !== null")) {
			this.page.reload();
			ready();
		}
		this.page.waitForFunction("() => navigator.serviceWorker.controller !== null", null,
				new Page.WaitForFunctionOptions().setTimeout(10000));
		return this;
	}

	Locator row(String nip) {
		return this.page.locator("#e-" + nip);
	}

	Locator status(String nip) {
		return row(nip).locator("input.st");
	}

	void search(String text) {
		this.page.locator("[data-sheet-search]").fill(text);
	}

	/** Taps the row, taps a status in the picker (with minutes for T and PC). */
	void mark(String nip, String code, Integer minutes) {
		row(nip).click();
		Locator picker = this.page.locator("#picker");
		assertThat(picker).isVisible();
		picker.locator(".pk[data-code='" + code + "']").click();
		if (minutes != null) {
			picker.locator("#picker-min").fill(String.valueOf(minutes));
			picker.locator("[data-picker-ok]").click();
		}
		assertThat(picker).isHidden();
	}

	void send() {
		this.page.getByTestId("sheet-submit").click();
	}

	Locator message() {
		return this.page.locator("[data-sheet-message]");
	}

	Locator pending() {
		return this.page.getByTestId("sheet-pending");
	}

	void close() {
		this.context.close();
	}

}
