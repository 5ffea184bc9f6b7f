package org.oubli.demo.connector.anonymise;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeyedHashPseudonymiserTest {

	private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

	private final KeyedHashPseudonymiser pseudonymiser = new KeyedHashPseudonymiser(KEY, "k1");

	@Test
	void isHmacSha256UnderTheKeyNamedInThePseudonym() throws Exception {
		javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
		mac.init(new javax.crypto.spec.SecretKeySpec(KEY, "HmacSHA256"));
		String expected = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(mac.doFinal("acc-1001".getBytes(StandardCharsets.UTF_8)));

		assertThat(this.pseudonymiser.pseudonym("acc-1001")).isEqualTo("hmac-sha256:k1:" + expected);
	}

	@Test
	void matchesRfc4231TestCase6() {
		byte[] key = new byte[131];
		java.util.Arrays.fill(key, (byte) 0xaa);
		KeyedHashPseudonymiser rfc = new KeyedHashPseudonymiser(key, "rfc4231");

		String pseudonym = rfc.pseudonym("Test Using Larger Than Block-Size Key - Hash Key First");

		byte[] digest = Base64.getUrlDecoder().decode(pseudonym.substring("hmac-sha256:rfc4231:".length()));
		assertThat(HexFormat.of().formatHex(digest))
			.isEqualTo("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
	}

	@Test
	void isStablePerSubjectAndDiffersBetweenSubjectsAndKeys() {
		KeyedHashPseudonymiser rotated = new KeyedHashPseudonymiser(
				"fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII), "k2");

		assertThat(this.pseudonymiser.pseudonym("acc-1001")).isEqualTo(this.pseudonymiser.pseudonym("acc-1001"))
			.isNotEqualTo(this.pseudonymiser.pseudonym("acc-1002"))
			.doesNotContain("acc-1001");
		assertThat(rotated.pseudonym("acc-1001")).startsWith("hmac-sha256:k2:")
			.isNotEqualTo(this.pseudonymiser.pseudonym("acc-1001").replace(":k1:", ":k2:"));
	}

	@Test
	void normalisesEmailAddressesBeforeHashing() {
		assertThat(this.pseudonymiser.pseudonymOfEmail(" Camille.Martin@Example.FR "))
			.isEqualTo(this.pseudonymiser.pseudonymOfEmail("camille.martin@example.fr"))
			.isEqualTo(this.pseudonymiser.pseudonym("camille.martin@example.fr"));
	}

	@Test
	void refusesAShortKeyOrABadKeyId() {
		assertThatThrownBy(() -> new KeyedHashPseudonymiser(new byte[31], "k1"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("32 bytes");
		assertThatThrownBy(() -> new KeyedHashPseudonymiser(KEY, "k:1")).isInstanceOf(IllegalArgumentException.class);
		assertThat(this.pseudonymiser.toString()).doesNotContain("0123");
	}

	@Test
	void theKeyComesFromConfiguration() {
		ApplicationContextRunner runner = new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(ConfigurationPropertiesAutoConfiguration.class))
			.withUserConfiguration(AnonymiseConfiguration.class);
		String key = Base64.getEncoder().encodeToString(KEY);

		runner.withPropertyValues("oubli.demo.anonymise.pseudonym-key=" + key)
			.run((context) -> assertThat(context.getBean(KeyedHashPseudonymiser.class).pseudonym("acc-1001"))
				.isEqualTo(this.pseudonymiser.pseudonym("acc-1001")));
		runner.run((context) -> assertThat(context).hasFailed());
		runner
			.withPropertyValues("oubli.demo.anonymise.pseudonym-key=" + Base64.getEncoder().encodeToString(new byte[8]))
			.run((context) -> assertThat(context).hasFailed());
	}

}
