package org.oubli.contracts.events;

/** Why a case ended without the request being carried out. */
public enum ClosureReason {

	/** The subject did not prove who they are within the verification period. */
	UNVERIFIED,
	/**
	 * Staff refused the request, with reasons (the refusal notice names the authority).
	 */
	REFUSED,
	/** The subject withdrew the request. */
	CANCELLED,
	/** Staff carried out a request type that has no automated worker, outside Oubli. */
	HANDLED_BY_STAFF

}
