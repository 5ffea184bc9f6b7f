package org.oubli.erasure.certificate;

import java.nio.file.Path;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.Base64URL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.oubli.erasure.job.ErasureJob;
import org.oubli.erasure.job.JobsTestBed;
import org.oubli.testsupport.InMemoryMongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The certificate of a completed job: signed once with ES256, verifiable with the public
 * key set alone, broken by any changed byte, and free of the subject's data.
 */
class CertificateTest {

	@RegisterExtension
	static final InMemoryMongo mongo = new InMemoryMongo();

	@TempDir
	Path keys;

	private JobsTestBed bed;

	private CertificateKeys certificateKeys;

	private CertificateIssuer issuer;

	@BeforeEach
	void setUp() {
		this.bed = new JobsTestBed(mongo.client());
		this.certificateKeys = new CertificateKeys(
				new CertificateProperties(null, null, this.keys.resolve("dev-key.json"), "oubli-erasure-worker"));
		this.issuer = new CertificateIssuer(this.certificateKeys,
				new CertificateProperties(null, null, null, "oubli-erasure-worker"), this.bed.jobs, this.bed.clock);
	}

	@Test
	void aCompletedJobsCertificateVerifiesWithThePublicKeyAndNotOnceAByteChanged() {
		ErasureJob job = completedJob();

		String certificate = this.issuer.certificateOf(job);
		JWKSet published = this.certificateKeys.publicKeys();

		assertThat(published.getKeys()).allSatisfy((key) -> assertThat(key.isPrivate()).isFalse());
		assertThat(CertificateVerifier.verify(certificate, published)).hasValueSatisfying((json) -> {
			assertThat(json).contains("\"type\":\"oubli-erasure-certificate\"")
				.contains("\"requestId\":\"" + job.requestId() + "\"")
				.contains("\"planHash\":\"" + CertificateIssuer.planHash(job.plan()) + "\"")
				.contains("\"outcome\":\"RETAINED\"", "\"legalBasis\":\"Code de commerce, art. L123-22\"",
						"\"retainedUntil\":\"2036-11-23\"", "\"technique\":\"placeholder\"")
				.doesNotContain("camille")
				.doesNotContain("acc-1001");
		});
		String[] parts = certificate.split("\\.");
		byte[] payload = Base64URL.from(parts[1]).decode();
		for (int i = 0; i < payload.length; i++) {
			byte[] changed = payload.clone();
			changed[i] ^= 1;
			String tampered = parts[0] + "." + Base64URL.encode(changed) + "." + parts[2];
			assertThat(CertificateVerifier.verify(tampered, published)).as("payload byte %d changed", i).isEmpty();
		}
		byte[] signature = Base64URL.from(parts[2]).decode();
		for (int i = 0; i < signature.length; i++) {
			byte[] changed = signature.clone();
			changed[i] ^= 1;
			String tampered = parts[0] + "." + parts[1] + "." + Base64URL.encode(changed);
			assertThat(CertificateVerifier.verify(tampered, published)).as("signature byte %d changed", i).isEmpty();
		}
	}

	@Test
	void theCertificateIsIssuedOnceAndAnotherKeyDoesNotVerifyIt() {
		ErasureJob job = completedJob();
		String first = this.issuer.certificateOf(job);

		assertThat(this.issuer.certificateOf(this.bed.job(job.requestId()))).isEqualTo(first);
		CertificateKeys other = new CertificateKeys(
				new CertificateProperties(null, null, this.keys.resolve("other-key.json"), "oubli-erasure-worker"));
		assertThat(CertificateVerifier.verify(first, other.publicKeys())).isEmpty();
		assertThat(new CertificateKeys(
				new CertificateProperties(null, null, this.keys.resolve("dev-key.json"), "oubli-erasure-worker"))
			.publicKeys()
			.toString()).as("the development key is kept").isEqualTo(this.certificateKeys.publicKeys().toString());
	}

	@Test
	void anUnfinishedJobHasNoCertificate() {
		String requestId = UUID.randomUUID().toString();
		this.bed.start(requestId);

		assertThatIllegalStateException().isThrownBy(() -> this.issuer.certificateOf(this.bed.job(requestId)));
	}

	private ErasureJob completedJob() {
		String requestId = UUID.randomUUID().toString();
		this.bed.start(requestId);
		this.bed.answer(requestId, "profiles");
		this.bed.answer(requestId, "payments");
		this.bed.answer(requestId, "messaging");
		return this.bed.job(requestId);
	}

}
