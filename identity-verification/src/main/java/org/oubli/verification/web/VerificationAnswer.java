package org.oubli.verification.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A successful answer.
 *
 * @param requestId the request
 * @param status {@code VERIFIED}, {@code DATA_POINT_REQUIRED} (then {@code dataPoints}
 * lists what may be given) or {@code CODE_SENT}
 * @param dataPoints the data points accepted, for {@code DATA_POINT_REQUIRED}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record VerificationAnswer(String requestId, String status, List<String> dataPoints) {

	static VerificationAnswer of(String requestId, String status) {
		return new VerificationAnswer(requestId, status, null);
	}

}
