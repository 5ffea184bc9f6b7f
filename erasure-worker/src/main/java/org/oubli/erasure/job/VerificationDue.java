package org.oubli.erasure.job;

/**
 * In-process signal: every system of a job answered and its post-erasure verification can
 * run now (the verification sweep catches any signal lost to a crash).
 *
 * @param requestId the request
 */
public record VerificationDue(String requestId) {
}
