package org.oubli.kit.secrets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SecretSealTest {

	private final SecretSeal seal = SecretSeal.forDevelopment();

	@Test
	void opensWhatItSealedAndNeverShowsTheSecret() {
		String sealed = this.seal.seal("482913");
		assertThat(sealed).doesNotContain("482913");
		assertThat(this.seal.seal("482913")).as("a fresh nonce every time").isNotEqualTo(sealed);
		assertThat(this.seal.open(sealed)).isEqualTo("482913");
	}

	@Test
	void aTamperedValueDoesNotOpen() {
		String sealed = this.seal.seal("482913");
		char last = sealed.charAt(sealed.length() - 1);
		String tampered = sealed.substring(0, sealed.length() - 1) + ((last == '0') ? '1' : '0');
		assertThatIllegalArgumentException().isThrownBy(() -> this.seal.open(tampered));
	}

	@Test
	void anotherKeyDoesNotOpen() {
		String sealed = this.seal.seal("482913");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SecretSeal("another password", SecretSeal.DEV_SALT).open(sealed));
	}

}
