package id.siapel.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import id.siapel.discipline.FlagStatus;
import id.siapel.discipline.cases.CaseStatus;
import id.siapel.shared.AuditRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of event the code writes to the audit trail is known to the audit page and
 * has an Indonesian and an English description (issue 13); details are never dumps of
 * records or exceptions.
 */
class AuditKindsTests {

	private static final Pattern RECORD = Pattern.compile("new AuditRecord\\(([^,]*),", Pattern.DOTALL);

	private static final Pattern LITERAL = Pattern.compile("\"([A-Z][A-Z_]+)\"");

	@Test
	void everyKindWrittenInTheCodeIsListed() throws IOException {
		Set<String> written = new TreeSet<>(List.of("LOGIN", "LOGIN_FAILED", "LOGOUT"));
		Set<String> prefixes = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".java")).toList()) {
				Matcher record = RECORD.matcher(Files.readString(file));
				while (record.find()) {
					String action = record.group(1);
					Matcher literal = LITERAL.matcher(action);
					while (literal.find()) {
						written.add(literal.group(1));
					}
					Matcher prefix = Pattern.compile("\"([A-Z]+_)\"\\s*\\+").matcher(action);
					while (prefix.find()) {
						prefixes.add(prefix.group(1));
					}
				}
			}
		}
		written.removeAll(prefixes);
		assertThat(written).hasSizeGreaterThan(50);
		assertThat(prefixes).containsExactlyInAnyOrder("CASE_", "FLAG_");
		Arrays.stream(CaseStatus.values()).forEach((status) -> written.add("CASE_" + status.name()));
		Arrays.stream(FlagStatus.values()).forEach((status) -> written.add("FLAG_" + status.name()));
		assertThat(AuditKinds.ALL).containsAll(written).doesNotHaveDuplicates();
	}

	@Test
	void everyKindHasADescriptionInBothLanguages() throws IOException {
		for (String bundle : List.of("messages/messages.properties", "messages/messages_en.properties")) {
			Properties messages = load(bundle);
			for (String kind : AuditKinds.ALL) {
				assertThat(messages.getProperty("audit.kind." + kind)).as(bundle + ": audit.kind." + kind)
					.isNotBlank()
					.doesNotContain(kind);
			}
			for (LoginFailure failure : LoginFailure.values()) {
				assertThat(messages.getProperty("audit.loginFailure." + failure.name())).as(bundle).isNotBlank();
			}
		}
	}

	@Test
	void dumpsAreRecognisedReadableDetailsAreNot() {
		assertThat(AuditTexts.isDump("PemdaProfileView[regionName=PEMERINTAH, officeName=SETDA, version=3] -> "
				+ "PemdaProfileView[regionName=PEMERINTAH KAB, officeName=SETDA, version=4]"))
			.isTrue();
		assertThat(AuditTexts.isDump("BadCredentialsException")).isTrue();
		assertThat(AuditTexts.isDump("3 rows; [Fact[label=Periode, value=2025]]")).isTrue();
		assertThat(AuditTexts.isDump("roles=[HR], unit=DINKES; must change password")).isFalse();
		assertThat(AuditTexts.isDump("3 change(s), 5 record(s) written; reason: koreksi")).isFalse();
		assertThat(AuditTexts.isDump("regionName: \"PEMERINTAH\" → \"PEMERINTAH KAB\"")).isFalse();
		assertThat(LoginFailure.ofStored("BadCredentialsException")).isEqualTo(LoginFailure.BAD_CREDENTIALS);
		assertThat(LoginFailure.ofStored("LockedException")).isEqualTo(LoginFailure.LOCKED);
		assertThat(LoginFailure.ofStored("WRONG_PASSWORD")).isEqualTo(LoginFailure.WRONG_PASSWORD);
	}

	@Test
	void aChangedRecordIsToldAsItsChangedFields() {
		record Profile(String regionName, String city, long version) {
		}
		String changes = AuditRecord.changes(new Profile("PEMERINTAH", "Sukamaju", 1),
				new Profile("PEMERINTAH KAB", "Sukamaju", 2), "version");
		assertThat(changes).isEqualTo("regionName: \"PEMERINTAH\" → \"PEMERINTAH KAB\"");
		assertThat(AuditTexts.isDump(changes)).isFalse();
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = AuditKindsTests.class.getClassLoader().getResourceAsStream(name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
