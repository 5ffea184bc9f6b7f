/**
 * One-time codes: issuing them on a new request, checking them with counted attempts,
 * closing the ones nobody can finish.
 */
package org.oubli.verification.code;
