package org.oubli.erasure.job;

import java.time.Instant;
import java.util.List;

/**
 * What post-erasure verification found for one system: no personal data, only category
 * names and counts.
 *
 * @param state {@code verified} (nothing left but what is retained), {@code leftovers}
 * (records remain in a category that was not to be retained), or {@code not-verifiable}
 * (the system has no records endpoint, or is not reached over http)
 * @param leftovers for {@code leftovers}: per category, how many records came back
 * @param detail why it is not verifiable, without personal data
 * @param at when it was checked
 */
public record TaskVerification(String state, List<Leftover> leftovers, String detail, Instant at) {

	/** Nothing left outside RETAIN categories. */
	public static final String VERIFIED = "verified";

	/** Records remain where none should. */
	public static final String LEFTOVERS = "leftovers";

	/** The system cannot be asked. */
	public static final String NOT_VERIFIABLE = "not-verifiable";

	public TaskVerification {
		leftovers = (leftovers != null) ? List.copyOf(leftovers) : List.of();
	}

	public static TaskVerification verified(Instant at) {
		return new TaskVerification(VERIFIED, List.of(), null, at);
	}

	public static TaskVerification notVerifiable(String detail, Instant at) {
		return new TaskVerification(NOT_VERIFIABLE, List.of(), detail, at);
	}

	public static TaskVerification leftovers(List<Leftover> leftovers, Instant at) {
		return new TaskVerification(LEFTOVERS, leftovers, null, at);
	}

	public boolean foundLeftovers() {
		return LEFTOVERS.equals(this.state);
	}

	/**
	 * Records still found in a category that was to be erased or anonymised.
	 *
	 * @param category the registry's category name
	 * @param count how many came back (at most the query limit)
	 * @param more whether the system had more than that
	 */
	public record Leftover(String category, int count, boolean more) {

		@Override
		public String toString() {
			return "category '" + this.category + "' still holds " + this.count + (this.more ? "+" : "") + " record"
					+ ((this.count == 1 && !this.more) ? "" : "s");
		}

	}

}
