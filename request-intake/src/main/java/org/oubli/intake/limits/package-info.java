/**
 * Abuse limits on new requests (web form and API): token buckets per email address and
 * per client, kept in memory under keyed hashes.
 */
package org.oubli.intake.limits;
