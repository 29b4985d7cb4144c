package id.siapel.calendar;

/** What a monitoring period watches (api.md, monitoring period {@code kind}). */
public enum MonitoringKind {

	/** Pilkada or Pemilu stages: campaign, quiet period, voting day, recapitulation. */
	ELECTION,
	/** The days after a long holiday such as Lebaran. */
	POST_HOLIDAY,
	/** Anything else a circular (of the Sekda, BKPSDM, ...) orders to be watched. */
	OTHER

}
