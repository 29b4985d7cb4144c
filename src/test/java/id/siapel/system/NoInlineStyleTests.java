package id.siapel.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages' Content-Security-Policy allows no inline style ({@code style-src 'self'}): a
 * {@code style} attribute in a template is refused by the browser, silently for the user
 * (a job's progress bar stayed empty, issue 15). Templates use classes, or elements whose
 * state is an attribute ({@code <progress value>}).
 */
class NoInlineStyleTests {

	private static final Pattern INLINE_STYLE = Pattern.compile("\\s(th:)?style\\s*=|<style[\\s>]");

	@Test
	void noTemplateStylesAnElementInline() throws IOException {
		List<String> offenders;
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			offenders = files.filter((file) -> file.toString().endsWith(".html"))
				// PDF templates are read by the PDF renderer, never by a browser.
				.filter((file) -> !file.toString().contains("/pdf/"))
				.flatMap((file) -> {
					try {
						List<String> lines = Files.readAllLines(file);
						return IntStream.range(0, lines.size())
							.filter((i) -> INLINE_STYLE.matcher(lines.get(i)).find())
							.mapToObj((i) -> file + ":" + (i + 1) + ": " + lines.get(i).strip());
					}
					catch (IOException ex) {
						throw new IllegalStateException(ex);
					}
				})
				.toList();
		}
		assertThat(offenders).as("inline styles the Content-Security-Policy refuses").isEmpty();
	}

}
