package id.siapel.discipline;

import java.time.LocalDate;

/**
 * What the flag queue and the API filter on; every part optional.
 *
 * @param from first day
 * @param to last day
 * @param unitCode a unit (with its sub-units)
 * @param kind a kind
 * @param status a review state
 * @param nip an employee
 * @param includeWithdrawn also flags whose cause went away
 * @param id one flag
 */
public record FlagFilter(LocalDate from, LocalDate to, String unitCode, FlagKind kind, FlagStatus status, String nip,
		boolean includeWithdrawn, Long id) {

	public FlagFilter(LocalDate from, LocalDate to, String unitCode, FlagKind kind, FlagStatus status, String nip,
			boolean includeWithdrawn) {
		this(from, to, unitCode, kind, status, nip, includeWithdrawn, null);
	}

}
