package id.siapel.testsupport;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One headless Chromium (see {@link Browsers}) for the tests of a class, started before
 * the first and closed after the last: {@code @RegisterExtension static final Chromium
 * chromium = new Chromium();} then {@code chromium.browser()}.
 */
public final class Chromium implements BeforeAllCallback, AfterAllCallback {

	private Playwright playwright;

	private Browser browser;

	@Override
	public void beforeAll(ExtensionContext context) {
		this.playwright = Browsers.playwright();
		this.browser = Browsers.chromium(this.playwright);
	}

	@Override
	public void afterAll(ExtensionContext context) {
		this.playwright.close();
	}

	public Browser browser() {
		return this.browser;
	}

	/** Playwright itself, e.g. for its HTTP client. */
	public Playwright playwright() {
		return this.playwright;
	}

}
