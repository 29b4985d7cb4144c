package id.siapel.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.attoparser.AbstractMarkupHandler;
import org.attoparser.MarkupParser;
import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every word a user reads comes from the message bundles, and the Indonesian and English
 * bundles have the same keys (after spring-petclinic's I18nPropertiesSyncTest).
 */
class I18nPropertiesSyncTests {

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	static final Path JAVA = Path.of("src/main/java");

	/** Attributes a user reads or hears; they must be th:-attributes with a message. */
	static final Set<String> TEXT_ATTRIBUTES = Set.of("title", "placeholder", "alt", "aria-label", "label");

	/**
	 * Attributes whose element body Thymeleaf replaces, so the literal body is only a
	 * preview.
	 */
	static final Set<String> BODY_REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert", "th:errors");

	static final Pattern STATIC_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");

	@Test
	void bothBundlesHaveTheSameKeysAndNoEmptyValue() throws IOException {
		Properties indonesian = bundle("messages.properties");
		Properties english = bundle("messages_en.properties");
		assertThat(new TreeSet<>(english.stringPropertyNames())).as("keys of messages_en.properties")
			.isEqualTo(new TreeSet<>(indonesian.stringPropertyNames()));
		indonesian.forEach((key, value) -> assertThat(value.toString()).as("Indonesian " + key).isNotBlank());
		english.forEach((key, value) -> assertThat(value.toString()).as("English " + key).isNotBlank());
	}

	@Test
	void templatesHaveNoLiteralText() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			try (Reader reader = Files.newBufferedReader(template, StandardCharsets.UTF_8)) {
				new MarkupParser(ParseConfiguration.htmlConfiguration()).parse(reader,
						new LiteralTextFinder(TEMPLATES.relativize(template).toString(), problems));
			}
			catch (ParseException ex) {
				problems.add(template + ": cannot be parsed: " + ex.getMessage());
			}
		}
		assertThat(problems).as("literal text in templates (use th:text=\"#{...}\")").isEmpty();
	}

	@Test
	void everyMessageKeyUsedExists() throws IOException {
		Properties indonesian = bundle("messages.properties");
		Set<String> missing = new TreeSet<>();
		for (Path template : templates()) {
			Matcher keys = STATIC_KEY.matcher(Files.readString(template));
			while (keys.find()) {
				if (!indonesian.containsKey(keys.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + keys.group(1));
				}
			}
		}
		// Message keys in Java code: string literals shaped like a key whose first part
		// is a bundle
		// prefix (e.g. "user.username.duplicate"), and Bean Validation's "{key}".
		Set<String> prefixes = new TreeSet<>();
		indonesian.stringPropertyNames().forEach((key) -> prefixes.add(key.substring(0, key.indexOf('.') + 1)));
		Pattern javaKey = Pattern.compile("\"\\{?((?:" + String.join("|", prefixes).replace(".", "\\.")
				+ ")[A-Za-z0-9_]+\\.[A-Za-z0-9_.]*[A-Za-z0-9])}?\"");
		try (Stream<Path> sources = Files.walk(JAVA)) {
			for (Path source : sources.filter((p) -> p.toString().endsWith(".java")).toList()) {
				Matcher keys = javaKey.matcher(Files.readString(source));
				while (keys.find()) {
					if (!indonesian.containsKey(keys.group(1))) {
						missing.add(JAVA.relativize(source) + ": " + keys.group(1));
					}
				}
			}
		}
		assertThat(missing).as("message keys used but not in messages.properties").isEmpty();
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter((p) -> p.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(Path.of("src/main/resources/messages", name))) {
			properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	/** Reports text with letters outside elements whose body Thymeleaf replaces. */
	static final class LiteralTextFinder extends AbstractMarkupHandler {

		private final String template;

		private final List<String> problems;

		private final Deque<Frame> open = new ArrayDeque<>();

		LiteralTextFinder(String template, List<String> problems) {
			this.template = template;
			this.problems = problems;
		}

		@Override
		public void handleOpenElementStart(char[] buffer, int offset, int len, int line, int col) {
			push(new String(buffer, offset, len));
		}

		@Override
		public void handleStandaloneElementStart(char[] buffer, int offset, int len, boolean minimized, int line,
				int col) {
			push(new String(buffer, offset, len));
		}

		@Override
		public void handleStandaloneElementEnd(char[] buffer, int offset, int len, boolean minimized, int line,
				int col) {
			this.open.pollFirst();
		}

		@Override
		public void handleCloseElementEnd(char[] buffer, int offset, int len, int line, int col) {
			this.open.pollFirst();
		}

		@Override
		public void handleAutoCloseElementEnd(char[] buffer, int offset, int len, int line, int col) {
			this.open.pollFirst();
		}

		@Override
		public void handleAttribute(char[] buffer, int nameOffset, int nameLen, int nameLine, int nameCol,
				int operatorOffset, int operatorLen, int operatorLine, int operatorCol, int valueContentOffset,
				int valueContentLen, int valueOuterOffset, int valueOuterLen, int valueLine, int valueCol) {
			Frame frame = this.open.peekFirst();
			String name = new String(buffer, nameOffset, nameLen);
			String value = new String(buffer, valueContentOffset, valueContentLen);
			if (frame != null && (BODY_REPLACING.contains(name)
					|| (name.equals("th:remove") && !value.equals("tag") && !value.equals("none")))) {
				frame.replaced = true;
			}
			if (TEXT_ATTRIBUTES.contains(name) && value.chars().anyMatch(Character::isLetter)) {
				this.problems.add(this.template + ":" + nameLine + " literal " + name + "=\"" + value + "\"");
			}
		}

		@Override
		public void handleText(char[] buffer, int offset, int len, int line, int col) {
			String text = new String(buffer, offset, len).strip();
			boolean replaced = this.open.stream().anyMatch((frame) -> frame.replaced || frame.code);
			if (!replaced && text.chars().anyMatch(Character::isLetter)) {
				this.problems.add(this.template + ":" + line + " \"" + text + "\"");
			}
		}

		private void push(String element) {
			Frame frame = new Frame();
			frame.code = element.equalsIgnoreCase("script") || element.equalsIgnoreCase("style");
			this.open.addFirst(frame);
		}

		static final class Frame {

			boolean replaced;

			boolean code;

		}

	}

}
