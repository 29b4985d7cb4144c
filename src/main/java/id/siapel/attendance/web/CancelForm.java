package id.siapel.attendance.web;

/**
 * The sheet page's "apel ditiadakan" forms: the version of the sheet the page showed and
 * the reason.
 */
record CancelForm(Long version, String reason) {
}
