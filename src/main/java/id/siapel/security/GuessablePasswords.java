package id.siapel.security;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.nulabinc.zxcvbn.Zxcvbn;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;

import org.springframework.stereotype.Component;

/**
 * Refuses new passwords an attacker would guess early (issue 14), with zxcvbn (zxcvbn4j):
 * it finds the pieces of a password in its dictionaries (among them a list of the 30,000
 * most common leaked passwords such as {@code password123}, {@code qwerty12345},
 * {@code rahasia}), keyboard patterns, sequences, dates and l33t spellings, and estimates
 * how many guesses the whole needs.
 * <p>
 * A password is refused when zxcvbn scores it below 3, that is when it would fall within
 * about 10<sup>8</sup> guesses: zxcvbn's "safely unguessable, moderate protection from an
 * offline slow-hash attack", which is what a stolen table of bcrypt hashes would face.
 * The user's own name, user name, SiApel's name and the installation's words
 * ({@link PasswordContext}) count as the cheapest words of all; a password that contains
 * the whole user name or full name is refused outright. A long passphrase of ordinary
 * words passes.
 * <p>
 * Applied to passwords chosen through the application only (a new user, a reset, one's
 * own change); the demo's published password and the first administrator's from the
 * environment are not refused, the latter is only warned about.
 */
@Slf4j
@Component
@RequiredArgsConstructor
class GuessablePasswords {

	/** zxcvbn's score from which a password is accepted (0 to 4). */
	static final int MIN_SCORE = 3;

	/** Words of every SiApel installation. */
	private static final List<String> APPLICATION_WORDS = List.of("siapel", "apel", "bkpsdm", "sekda", "pemda",
			"kabupaten", "kota", "admin", "administrator");

	private final Zxcvbn zxcvbn = new Zxcvbn();

	private final List<PasswordContext> contexts;

	/**
	 * Whether the password is common, too easy to guess, or built on the user's name.
	 * @param username the user's name for logging in
	 * @param fullName the user's full name, or {@code null}
	 */
	boolean isGuessable(String password, String username, String fullName) {
		if (containsName(password, username) || containsName(password, fullName)) {
			return true;
		}
		List<String> words = new ArrayList<>(APPLICATION_WORDS);
		words.addAll(wordsOf(username));
		words.addAll(wordsOf(fullName));
		for (PasswordContext context : this.contexts) {
			try {
				context.words().forEach((word) -> words.addAll(wordsOf(word)));
			}
			catch (RuntimeException ex) {
				log.warn("Could not read the installation's words for the password check: {}", ex.toString());
			}
		}
		return this.zxcvbn.measure(password, words).getScore() < MIN_SCORE;
	}

	/**
	 * Whether the password holds the whole name, ignoring case, accents, spaces and
	 * punctuation ("Budi Santoso" in "budi.santoso2024").
	 */
	private static boolean containsName(String password, String name) {
		String letters = lettersAndDigits(name);
		return letters.length() >= 4 && lettersAndDigits(password).contains(letters);
	}

	private static String lettersAndDigits(String text) {
		if (text == null) {
			return "";
		}
		String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
		return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
	}

	private static List<String> wordsOf(String text) {
		if (text == null) {
			return List.of();
		}
		List<String> words = new ArrayList<>();
		for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
			if (word.length() >= 3) {
				words.add(word);
			}
		}
		String whole = lettersAndDigits(text);
		if (whole.length() >= 3 && !words.contains(whole)) {
			words.add(whole);
		}
		return words;
	}

}
