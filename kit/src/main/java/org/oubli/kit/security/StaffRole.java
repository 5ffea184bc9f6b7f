package org.oubli.kit.security;

/** What a member of staff may do. */
public enum StaffRole {

	/** Handles cases: reads them and acts on them. */
	AGENT,

	/** Everything an agent does, plus administration ({@code /staff/api/v1/admin/**}). */
	ADMIN,

	/** Reads only: every {@code GET} under {@code /staff/**}, no action. */
	AUDITOR;

	/** The Spring Security authority of this role ({@code ROLE_AGENT}). */
	public String authority() {
		return "ROLE_" + name();
	}

}
