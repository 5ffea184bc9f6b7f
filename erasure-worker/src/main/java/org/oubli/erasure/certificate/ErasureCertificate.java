package org.oubli.erasure.certificate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the certificate states; holds no personal data: no identifier of the subject, only
 * the request id, system and category names, outcomes, legal bases, dates and counts.
 *
 * @param type always {@value #TYPE}
 * @param version the format version
 * @param issuer who signed it
 * @param requestId the request (the case reference the subject holds)
 * @param issuedAt when it was signed
 * @param startedAt when the erasure fanned out
 * @param completedAt when the last system answered and verification ended
 * @param dueOn the statutory due date, if known
 * @param planHash {@code sha256:} hex digest of the frozen plan as published in
 * {@code ErasureStarted}
 * @param systems per system, in plan order
 */
public record ErasureCertificate(String type, int version, String issuer, String requestId, Instant issuedAt,
		Instant startedAt, Instant completedAt, LocalDate dueOn, String planHash, List<SystemEntry> systems) {

	public static final String TYPE = "oubli-erasure-certificate";

	/**
	 * One system.
	 *
	 * @param systemId the system
	 * @param displayName its name
	 * @param mode how it was reached
	 * @param completedAt when it reported completion
	 * @param attempts how many times it was instructed
	 * @param verification post-erasure verification: {@code verified},
	 * {@code not-verifiable}
	 * @param verificationDetail why not verifiable
	 * @param recordedBy for a completion recorded by staff: the staff account
	 * @param evidenceSha256 for a completion recorded by staff: digest of the evidence
	 * @param categories per category, in plan order
	 */
	public record SystemEntry(String systemId, String displayName, String mode, Instant completedAt, int attempts,
			String verification, String verificationDetail, String recordedBy, String evidenceSha256,
			List<CategoryEntry> categories) {
	}

	/**
	 * One category.
	 *
	 * @param category its name
	 * @param action what was instructed
	 * @param outcome what the system reported
	 * @param technique for anonymisation
	 * @param legalBasis for retention
	 * @param retainedUntil for retention: the expiry
	 * @param records how many records were touched
	 */
	public record CategoryEntry(String category, String action, String outcome, String technique, String legalBasis,
			LocalDate retainedUntil, long records) {
	}

}
