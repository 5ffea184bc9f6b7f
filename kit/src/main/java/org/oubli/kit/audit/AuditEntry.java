package org.oubli.kit.audit;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One entry of the audit trail. It carries no personal data of data subjects: the request
 * is named by its id, staff by their user name, and {@code details} hold reasons, states
 * and system ids.
 *
 * @param sequence position in the chain, from 1, without gaps
 * @param at when (millisecond precision, as stored)
 * @param actor who: a staff user name, or {@code system:<service>}
 * @param action what, e.g. {@code case.extended}, {@code case.status-changed}
 * @param requestId the request concerned, or {@code null}
 * @param details further facts, sorted by key
 * @param previousHash the hash of the entry before ({@link AuditTrail#GENESIS} for the
 * first)
 * @param hash SHA-256 of this entry's fields and {@code previousHash}
 */
public record AuditEntry(long sequence, Instant at, String actor, String action, String requestId,
		Map<String, String> details, String previousHash, String hash) {

	public AuditEntry {
		Objects.requireNonNull(at, "at");
		Objects.requireNonNull(actor, "actor");
		Objects.requireNonNull(action, "action");
		details = (details != null) ? new TreeMap<>(details) : new TreeMap<>();
	}

}
