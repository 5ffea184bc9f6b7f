package org.oubli.intake.account;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.X509EncodedKeySpec;
import java.text.ParseException;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyType;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.oubli.contracts.subject.EmailAddress;

import org.springframework.stereotype.Component;

/**
 * Checks the platform's signed account tokens with nimbus-jose-jwt: the signature with
 * the configured public key (ES256 for an EC key, RS256 for an RSA key; {@code none} and
 * any other algorithm refused), then {@code iss}, {@code aud} and {@code exp} (60 s of
 * clock skew), and the {@code sub} (account id) and {@code email} claims.
 */
@Component
class AccountTokens {

	private static final Logger log = LoggerFactory.getLogger(AccountTokens.class);

	private static final Pattern ACCOUNT_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	private final DefaultJWTProcessor<SecurityContext> processor;

	AccountTokens(AccountTokenProperties properties) {
		this.processor = processor(properties);
		if (this.processor == null) {
			log.warn("No oubli.intake.account-tokens.public-key: every account request will be refused");
		}
	}

	/** The account a token speaks for, or {@link AccountTokenRejected}. */
	AccountClaims verify(String token) {
		if (this.processor == null) {
			throw new AccountTokenRejected("Account requests are not configured");
		}
		JWTClaimsSet claims;
		try {
			claims = this.processor.process(token, null);
		}
		catch (BadJWTException ex) {
			// nimbus's messages may quote the token's claims: answer in fixed words
			boolean expired = ex.getMessage() != null && ex.getMessage().contains("xpired");
			throw new AccountTokenRejected(expired ? "The account token has expired"
					: "The account token's issuer, audience or required claims were refused");
		}
		catch (ParseException | BadJOSEException | JOSEException ex) {
			throw new AccountTokenRejected("The account token is malformed or its signature is invalid");
		}
		Object email = claims.getClaim("email");
		String accountId = claims.getSubject();
		if (!(email instanceof String address) || !EmailAddress.isValid(address)) {
			throw new AccountTokenRejected("The account token carries no valid email claim");
		}
		if (accountId == null || !ACCOUNT_ID.matcher(accountId).matches()) {
			throw new AccountTokenRejected("The account token carries no valid account id (sub)");
		}
		return new AccountClaims(accountId, EmailAddress.of(address));
	}

	private static DefaultJWTProcessor<SecurityContext> processor(AccountTokenProperties properties) {
		if (properties.publicKey() == null || properties.publicKey().isBlank()) {
			return null;
		}
		JWK key = parse(properties.publicKey().strip());
		if (key.isPrivate()) {
			throw new IllegalStateException("oubli.intake.account-tokens.public-key holds a private key");
		}
		JWSAlgorithm algorithm;
		if (KeyType.EC.equals(key.getKeyType())) {
			algorithm = JWSAlgorithm.ES256;
		}
		else if (KeyType.RSA.equals(key.getKeyType())) {
			algorithm = JWSAlgorithm.RS256;
		}
		else {
			throw new IllegalStateException("The account-token key must be an EC (ES256) or RSA (RS256) key");
		}
		DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
		processor.setJWSKeySelector(
				new JWSVerificationKeySelector<>(algorithm, new ImmutableJWKSet<>(new JWKSet(key.toPublicJWK()))));
		processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(properties.audience(),
				new JWTClaimsSet.Builder().issuer(properties.issuer()).build(),
				new HashSet<>(Set.of("sub", "email", "exp", "iss", "aud"))));
		return processor;
	}

	private static JWK parse(String text) {
		try {
			return text.startsWith("{") ? JWK.parse(text) : fromPem(text);
		}
		catch (ParseException | GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalStateException("oubli.intake.account-tokens.public-key is neither a JWK nor a PEM key",
					ex);
		}
	}

	/**
	 * A {@code -----BEGIN PUBLIC KEY-----} (X.509 SubjectPublicKeyInfo) key, EC or RSA,
	 * read with the JDK alone (nimbus's PEM reader needs BouncyCastle).
	 */
	private static JWK fromPem(String pem) throws GeneralSecurityException {
		if (pem.contains("PRIVATE KEY")) {
			throw new IllegalStateException("oubli.intake.account-tokens.public-key holds a private key");
		}
		String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
		X509EncodedKeySpec spec = new X509EncodedKeySpec(Base64.getDecoder().decode(base64));
		try {
			PublicKey key = KeyFactory.getInstance("EC").generatePublic(spec);
			ECPublicKey ec = (ECPublicKey) key;
			return new ECKey.Builder(Curve.forECParameterSpec(ec.getParams()), ec).build();
		}
		catch (InvalidKeySpecException notEc) {
			return new RSAKey.Builder((RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(spec)).build();
		}
	}

}
