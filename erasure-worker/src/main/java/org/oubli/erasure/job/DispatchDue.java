package org.oubli.erasure.job;

/**
 * In-process signal: an http task is due for a dispatch now (a staff retry); the sweep
 * catches any signal lost to a crash.
 *
 * @param requestId the request
 * @param systemId the system
 */
public record DispatchDue(String requestId, String systemId) {
}
