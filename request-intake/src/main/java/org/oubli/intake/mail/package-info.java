/**
 * Email intake: the IMAP poller, MIME parsing, reply and signature stripping, and routing
 * of each message to new requests, a case's timeline or triage.
 */
package org.oubli.intake.mail;
