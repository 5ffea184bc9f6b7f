package org.oubli.intake.request;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Where to go next with a request.
 *
 * @param self the case
 * @param verification where the subject submits the code they were emailed
 */
@Schema(description = "Where to go next with a request.")
public record Links(@Schema(description = "The case.", example = "/api/v1/requests/0b5c...") String self,
		@Schema(description = "Where the subject submits the emailed code (served by identity verification, "
				+ "under the same path prefix).",
				example = "/api/v1/requests/0b5c.../verification") String verification) {

	static Links of(String requestId) {
		String self = RequestController.BASE_PATH + "/" + requestId;
		return new Links(self, self + "/verification");
	}

}
