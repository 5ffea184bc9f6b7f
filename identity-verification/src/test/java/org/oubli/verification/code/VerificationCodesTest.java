package org.oubli.verification.code;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VerificationCodesTest {

	private final VerificationCodes codes = new VerificationCodes(
			new VerificationProperties(Duration.ofMinutes(30), 5, 4, Duration.ofMinutes(1)));

	@Test
	void codesAreSixDigitsAndVary() {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 200; i++) {
			String code = this.codes.generate();
			assertThat(code).matches("\\d{6}");
			seen.add(code);
		}
		assertThat(seen).hasSizeGreaterThan(190);
	}

	@Test
	void theHashIsNotTheCodeAndMatchesOnlyIt() {
		String code = "042917";
		String hash = this.codes.hash(code);
		assertThat(hash).isNotEqualTo(code).doesNotContain(code).startsWith("$2a$04$");
		assertThat(this.codes.matches(code, hash)).isTrue();
		assertThat(this.codes.matches("042918", hash)).isFalse();
		assertThat(this.codes.matches(null, hash)).isFalse();
	}

	@Test
	void theSameCodeHashesDifferentlyEachTime() {
		assertThat(this.codes.hash("123456")).isNotEqualTo(this.codes.hash("123456"));
	}

}
