package org.oubli.contracts.connector;

/** What a data-holding system must do with one category of a subject's data. */
public enum ErasureAction {

	/** Delete the data. */
	ERASE,
	/** Replace identifying values with a named technique; the record stays. */
	ANONYMISE,
	/** Keep the data under a legal basis until a date, out of active use. */
	RETAIN

}
