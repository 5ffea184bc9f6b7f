package org.oubli.contracts.connector;

/** What a system did with one data category. */
public enum Outcome {

	ERASED, ANONYMISED, RETAINED

}
