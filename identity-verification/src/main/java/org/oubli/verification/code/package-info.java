/** One-time codes: issuing them on a new request, checking them with counted attempts. */
package org.oubli.verification.code;
