package org.oubli.kit.audit;

/**
 * The result of walking the audit chain.
 *
 * @param intact whether every entry's hash matches its fields and its predecessor
 * @param checked how many entries were checked
 * @param firstBrokenSequence the first entry that does not match, or {@code null}
 * @param problem what is wrong with it, or {@code null}
 */
public record ChainVerification(boolean intact, long checked, Long firstBrokenSequence, String problem) {

	static ChainVerification intact(long checked) {
		return new ChainVerification(true, checked, null, null);
	}

	static ChainVerification broken(long checked, long sequence, String problem) {
		return new ChainVerification(false, checked, sequence, problem);
	}

}
