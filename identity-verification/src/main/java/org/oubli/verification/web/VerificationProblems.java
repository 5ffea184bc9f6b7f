package org.oubli.verification.web;

import java.net.URI;

import org.oubli.kit.web.OubliProblemHandler;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** The RFC 9457 answers of the verification API that are not generic errors. */
final class VerificationProblems {

	private VerificationProblems() {
	}

	static ResponseEntity<Object> wrongCode(int attemptsLeft) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "wrong-code", "Wrong code",
				"The code is not the one we sent. Attempts left: " + attemptsLeft + ".");
		problem.setProperty("attemptsLeft", attemptsLeft);
		return answer(problem);
	}

	static ResponseEntity<Object> codeExpired() {
		return answer(problem(HttpStatus.BAD_REQUEST, "code-expired", "Code expired",
				"The code has expired. Our staff have been told and will contact you to confirm your identity another way."));
	}

	static ResponseEntity<Object> locked() {
		return answer(problem(HttpStatus.LOCKED, "verification-locked", "Verification locked",
				"Too many wrong codes: this request is locked. Our staff will review it and contact you."));
	}

	/** Unknown and malformed ids alike; the detail never repeats the id. */
	static ResponseEntity<Object> notFound() {
		return answer(problem(HttpStatus.NOT_FOUND, "not-found", "Not Found", "No such request"));
	}

	private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(OubliProblemHandler.TYPE_BASE + type));
		problem.setTitle(title);
		return problem;
	}

	private static ResponseEntity<Object> answer(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
