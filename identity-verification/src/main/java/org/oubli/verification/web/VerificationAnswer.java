package org.oubli.verification.web;

/**
 * The answer to a right code.
 *
 * @param requestId the request
 * @param status always {@code VERIFIED}
 */
record VerificationAnswer(String requestId, String status) {

}
