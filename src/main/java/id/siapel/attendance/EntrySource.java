package id.siapel.attendance;

/** Where a record's value came from (api.md, Roll call: {@code source}). */
public enum EntrySource {

	/** Prefilled present: nobody changed it. */
	DEFAULT,
	/** Prefilled from registered leave, travel, study or sickness. */
	LEAVE,
	/** Prefilled {@code REMOTE} on a dispensation (REMOTE_WORK) day. */
	DISPENSATION,
	/** Set by a person on the sheet. */
	MARKED

}
