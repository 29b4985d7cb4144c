package id.siapel.security;

import java.util.List;
import java.util.Optional;

/**
 * Resolves unit codes for user scopes. Provided by the organization module, which depends
 * on this one: security stays at the bottom so every module can ask {@link CurrentUser}.
 */
public interface UnitLookup {

	Optional<Long> idOfCode(String code);

	Optional<String> codeOf(long unitId);

	/** Every unit, in tree order, for choosing a UNIT_HEAD's unit. */
	List<UnitOption> options();

	/** A unit in a choice list; {@code label} shows its place in the tree. */
	record UnitOption(String code, String label) {
	}

}
