package org.oubli.erasure.certificate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;

import org.oubli.contracts.connector.CategoryInstruction;
import org.oubli.contracts.connector.CategoryOutcome;
import org.oubli.contracts.events.PlannedSystem;
import org.oubli.erasure.job.ErasureJob;
import org.oubli.erasure.job.ErasureJobs;
import org.oubli.erasure.job.JobStatus;
import org.oubli.erasure.job.SystemTask;
import org.oubli.kit.events.OubliJson;

import org.springframework.stereotype.Component;

/**
 * Issues the certificate of a completed job once: builds it from the job (no personal
 * data), signs it as a compact JWS (ES256, {@code typ} {@value #MEDIA_TYPE}, the key's
 * {@code kid}) and stores it on the job, so every later download returns the same bytes.
 */
@Component
public class CertificateIssuer {

	/** The JWS {@code typ} header. */
	public static final String MEDIA_TYPE = "oubli-erasure-certificate+jws";

	private final CertificateKeys keys;

	private final CertificateProperties properties;

	private final ErasureJobs jobs;

	private final Clock clock;

	CertificateIssuer(CertificateKeys keys, CertificateProperties properties, ErasureJobs jobs, Clock clock) {
		this.keys = keys;
		this.properties = properties;
		this.jobs = jobs;
		this.clock = clock;
	}

	/**
	 * The certificate of a completed job, issued on first use.
	 * @throws IllegalStateException if the job is not completed
	 */
	public String certificateOf(ErasureJob job) {
		if (job.status() != JobStatus.COMPLETED) {
			throw new IllegalStateException("Erasure of request " + job.requestId() + " is " + job.status());
		}
		if (job.certificate() != null) {
			return job.certificate();
		}
		String signed = sign(describe(job));
		if (this.jobs.storeCertificate(job.requestId(), signed)) {
			return signed;
		}
		return this.jobs.find(job.requestId()).map(ErasureJob::certificate).orElse(signed);
	}

	ErasureCertificate describe(ErasureJob job) {
		List<ErasureCertificate.SystemEntry> systems = new ArrayList<>();
		for (int i = 0; i < job.plan().size(); i++) {
			PlannedSystem planned = job.plan().get(i);
			SystemTask task = job.tasks().get(i);
			Map<String, CategoryOutcome> outcomes = task.receipt()
				.outcomes()
				.stream()
				.collect(Collectors.toMap(CategoryOutcome::category, Function.identity(), (a, b) -> a));
			List<ErasureCertificate.CategoryEntry> categories = new ArrayList<>();
			for (CategoryInstruction instructed : planned.categories()) {
				CategoryOutcome outcome = outcomes.get(instructed.category());
				categories.add(new ErasureCertificate.CategoryEntry(instructed.category(), instructed.action().name(),
						outcome.outcome().name(), outcome.technique(), outcome.legalBasis(), outcome.retainedUntil(),
						outcome.records()));
			}
			systems.add(new ErasureCertificate.SystemEntry(planned.systemId(), planned.displayName(), planned.mode(),
					task.receipt().completedAt(), task.attempts(),
					(task.verification() != null) ? task.verification().state() : null,
					(task.verification() != null) ? task.verification().detail() : null, task.recordedBy(),
					(task.evidence() != null) ? sha256(task.evidence()) : null, categories));
		}
		return new ErasureCertificate(ErasureCertificate.TYPE, 1, this.properties.issuer(), job.requestId(),
				this.clock.instant(), job.startedAt(), job.completedAt(), job.dueOn(), planHash(job.plan()), systems);
	}

	/** {@code sha256:} and the hex digest of the plan's JSON as published. */
	public static String planHash(List<PlannedSystem> plan) {
		return "sha256:" + sha256(OubliJson.mapper().writeValueAsString(plan));
	}

	private String sign(ErasureCertificate certificate) {
		try {
			JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256).type(new JOSEObjectType(MEDIA_TYPE))
				.contentType("application/json")
				.keyID(this.keys.signingKey().getKeyID())
				.build();
			JWSObject jws = new JWSObject(header,
					new Payload(OubliJson.mapper().writeValueAsString(certificate).getBytes(StandardCharsets.UTF_8)));
			jws.sign(new ECDSASigner(this.keys.signingKey()));
			return jws.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Cannot sign the erasure certificate", ex);
		}
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
