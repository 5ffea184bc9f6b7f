/**
 * Requests of logged-in users, sent by the platform with a token it signed: channel
 * {@code account}, identity verified by the platform's existing authentication.
 */
package org.oubli.intake.account;
