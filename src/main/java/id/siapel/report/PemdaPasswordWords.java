package id.siapel.report;

import java.util.ArrayList;
import java.util.List;

import id.siapel.security.PasswordContext;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Pemda's names as the security module's password check knows them: a new password
 * built on "Sukamaju" is guessed early by anyone who knows whose system this is (issue
 * 14).
 */
@Component
@RequiredArgsConstructor
class PemdaPasswordWords implements PasswordContext {

	private final PemdaProfileRepository profiles;

	@Override
	@Transactional(readOnly = true)
	public List<String> words() {
		List<String> words = new ArrayList<>();
		this.profiles.findAll().forEach((profile) -> {
			PemdaProfileView view = profile.view();
			words.add(view.regionName());
			words.add(view.city());
		});
		words.removeIf((word) -> word == null || word.isBlank());
		return words;
	}

}
