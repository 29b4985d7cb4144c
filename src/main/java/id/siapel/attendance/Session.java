package id.siapel.attendance;

/** The two roll calls of a working day. */
public enum Session {

	/** Apel pagi, at the start of work. */
	MORNING,
	/** Apel sore, at the end of work. */
	EVENING

}
