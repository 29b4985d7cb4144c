package id.siapel.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * Headless Chromium from the machine, driven by Playwright. Playwright never downloads a
 * browser here: the executable is {@code /usr/bin/chromium} unless
 * {@code -Dsiapel.chromium} or {@code SIAPEL_CHROMIUM} names another (GitHub's runners
 * have {@code google-chrome}).
 */
public final class Browsers {

	private static final List<String> ARGUMENTS = List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
			"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");

	private Browsers() {
	}

	public static Playwright playwright() {
		return Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
	}

	public static Browser chromium(Playwright playwright) {
		Path executable = Path.of(executable());
		if (!Files.isExecutable(executable)) {
			throw new IllegalStateException("Browser tests need Chromium at " + executable
					+ ": install it (apt-get install chromium) or set SIAPEL_CHROMIUM to a Chrome/Chromium binary.");
		}
		return playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(executable).setHeadless(true).setArgs(ARGUMENTS));
	}

	private static String executable() {
		String configured = System.getProperty("siapel.chromium");
		if (configured == null || configured.isBlank()) {
			configured = System.getenv("SIAPEL_CHROMIUM");
		}
		return (configured == null || configured.isBlank()) ? "/usr/bin/chromium" : configured;
	}

}
