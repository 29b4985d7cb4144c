package id.siapel.discipline;

/** How urgent a flag is: unexcused absence is high, sickness after a holiday low. */
public enum FlagSeverity {

	HIGH, NORMAL, LOW

}
