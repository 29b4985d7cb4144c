package id.siapel.security;

import java.util.List;

/**
 * Words of this installation that an outsider guessing passwords would try first, such as
 * the Pemda's region and town ("sukamaju"): a new password built on them is refused like
 * a common one ({@link GuessablePasswords}). Provided by the modules that know them; none
 * is needed.
 */
public interface PasswordContext {

	List<String> words();

}
