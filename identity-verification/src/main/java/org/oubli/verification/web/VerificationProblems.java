package org.oubli.verification.web;

import java.net.URI;

import org.oubli.kit.web.OubliProblemHandler;
import org.oubli.verification.code.VerificationResult;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** The RFC 9457 answers of the verification API that are not generic errors. */
final class VerificationProblems {

	private VerificationProblems() {
	}

	/**
	 * The answer to any outcome that is not a success; {@code null} for a success.
	 */
	static ResponseEntity<Object> of(VerificationResult result) {
		return switch (result.outcome()) {
			case WRONG_CODE -> wrongCode(result.attemptsLeft());
			case WRONG_DATA_POINT -> wrongDataPoint(result.attemptsLeft());
			case CODE_EXPIRED -> codeExpired();
			case CODE_REQUIRED -> answer(problem(HttpStatus.CONFLICT, "code-required", "Code required",
					"Confirm the code we emailed you first."));
			case CODE_RECENTLY_SENT -> tooMany("code-recently-sent", "Code recently sent",
					"A code was sent a moment ago. Please wait a minute before asking for another one.");
			case NO_MORE_CODES -> tooMany("no-more-codes", "No more codes",
					"No more codes can be sent for this request. Our staff can help you: reply to our email.");
			case EXPIRED -> answer(problem(HttpStatus.GONE, "verification-expired", "Verification period over",
					"This request was not confirmed in time and is closed. You may make a new request."));
			case LOCKED -> locked();
			case AWAITING_REVIEW -> answer(problem(HttpStatus.CONFLICT, "manual-review", "Reviewed by staff",
					"This request is verified by our staff, who will contact you."));
			case REJECTED -> answer(problem(HttpStatus.CONFLICT, "verification-rejected", "Not verified",
					"Our staff could not confirm this request. They will write to you."));
			case CHECK_UNAVAILABLE -> {
				ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "check-unavailable", "Try again later",
						"We cannot check this detail right now. Nothing was counted: try again later.");
				yield ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
					.header("Retry-After", "60")
					.contentType(MediaType.APPLICATION_PROBLEM_JSON)
					.body(problem);
			}
			case NOT_FOUND -> notFound();
			case VERIFIED, DATA_POINT_REQUIRED, CODE_SENT -> null;
		};
	}

	static ResponseEntity<Object> wrongCode(int attemptsLeft) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "wrong-code", "Wrong code",
				"The code is not the one we sent. Attempts left: " + attemptsLeft + ".");
		problem.setProperty("attemptsLeft", attemptsLeft);
		return answer(problem);
	}

	/**
	 * The same answer whether the value is wrong or no account exists at the system of
	 * record.
	 */
	static ResponseEntity<Object> wrongDataPoint(int attemptsLeft) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "data-point-not-confirmed", "Not confirmed",
				"We could not confirm this detail. Attempts left: " + attemptsLeft + ".");
		problem.setProperty("attemptsLeft", attemptsLeft);
		return answer(problem);
	}

	static ResponseEntity<Object> codeExpired() {
		return answer(problem(HttpStatus.BAD_REQUEST, "code-expired", "Code expired",
				"The code has expired. Ask for a new one on the confirmation page or with POST .../verification/code."));
	}

	static ResponseEntity<Object> locked() {
		return answer(problem(HttpStatus.LOCKED, "verification-locked", "Verification locked",
				"Too many wrong attempts: this request is locked. Our staff will review it and contact you."));
	}

	/** Too many attempts from one client, whatever the request. */
	static ResponseEntity<Object> tooManyFromClient(long retryAfterSeconds) {
		ProblemDetail problem = problem(HttpStatus.TOO_MANY_REQUESTS, "too-many-attempts", "Too many attempts",
				"Too many attempts from your connection. Please wait before trying again.");
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header("Retry-After", Long.toString(retryAfterSeconds))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	/** Unknown and malformed ids alike; the detail never repeats the id. */
	static ResponseEntity<Object> notFound() {
		return answer(problem(HttpStatus.NOT_FOUND, "not-found", "Not Found", "No such request"));
	}

	static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(OubliProblemHandler.TYPE_BASE + type));
		problem.setTitle(title);
		return problem;
	}

	private static ResponseEntity<Object> tooMany(String type, String title, String detail) {
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header("Retry-After", "60")
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem(HttpStatus.TOO_MANY_REQUESTS, type, title, detail));
	}

	static ResponseEntity<Object> answer(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
