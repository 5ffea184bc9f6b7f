package org.oubli.verification.code;

import java.util.concurrent.atomic.AtomicInteger;

/** The real codes, counting how often a submitted code is compared with a hash. */
final class CountingCodes extends VerificationCodes {

	private final AtomicInteger comparisons = new AtomicInteger();

	CountingCodes(VerificationProperties properties) {
		super(properties);
	}

	@Override
	public boolean matches(String code, String hash) {
		this.comparisons.incrementAndGet();
		return super.matches(code, hash);
	}

	int comparisons() {
		return this.comparisons.get();
	}

}
