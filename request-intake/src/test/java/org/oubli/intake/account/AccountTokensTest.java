package org.oubli.intake.account;

import java.time.Instant;
import java.util.Base64;
import java.util.Date;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** RS256 tokens checked with a PEM public key; missing claims and keys refused. */
class AccountTokensTest {

	private static final RSAKey PLATFORM = generate();

	private final AccountTokens tokens = new AccountTokens(
			new AccountTokenProperties(pem(PLATFORM), "https://platform.test", "oubli-intake"));

	@Test
	void acceptsAnRs256TokenCheckedWithAPemKey() throws JOSEException {
		AccountClaims claims = this.tokens.verify(sign(base().build()));

		assertThat(claims.accountId()).isEqualTo("acc-7");
		assertThat(claims.email().value()).isEqualTo("lea.dubois@example.fr");
		assertThat(claims.toString()).doesNotContain("lea", "acc-7");
	}

	@Test
	void refusesATokenWithoutAnEmailClaim() throws JOSEException {
		assertThatThrownBy(() -> this.tokens.verify(sign(base().claim("email", null).build())))
			.isInstanceOf(AccountTokenRejected.class)
			.hasMessageNotContaining("acc-7");
	}

	@Test
	void refusesATokenWithAnInvalidAccountId() throws JOSEException {
		assertThatThrownBy(() -> this.tokens.verify(sign(base().subject("acc 7; drop").build())))
			.isInstanceOf(AccountTokenRejected.class)
			.hasMessageContaining("account id");
	}

	@Test
	void refusesEveryTokenWhenNoKeyIsConfigured() throws JOSEException {
		AccountTokens unconfigured = new AccountTokens(new AccountTokenProperties("", "x", "y"));

		assertThatThrownBy(() -> unconfigured.verify(sign(base().build()))).isInstanceOf(AccountTokenRejected.class)
			.hasMessage("Account requests are not configured");
	}

	@Test
	void aPrivateKeyInTheConfigurationStopsTheStart() {
		assertThatThrownBy(() -> new AccountTokens(new AccountTokenProperties(PLATFORM.toJSONString(), "x", "y")))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("private key");
	}

	private static JWTClaimsSet.Builder base() {
		return new JWTClaimsSet.Builder().issuer("https://platform.test")
			.audience("oubli-intake")
			.subject("acc-7")
			.claim("email", "lea.dubois@example.fr")
			.expirationTime(Date.from(Instant.now().plusSeconds(300)));
	}

	private static String sign(JWTClaimsSet claims) throws JOSEException {
		SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
		jwt.sign(new RSASSASigner(PLATFORM));
		return jwt.serialize();
	}

	private static String pem(RSAKey key) {
		try {
			return "-----BEGIN PUBLIC KEY-----\n"
					+ Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key.toRSAPublicKey().getEncoded())
					+ "\n-----END PUBLIC KEY-----\n";
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static RSAKey generate() {
		try {
			return new RSAKeyGenerator(2048).generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
