/**
 * The dead-letter inbox: every record any Oubli service sent to a {@code <topic>.DLT}
 * topic, stored once in {@value org.oubli.intake.deadletters.DeadLetter#COLLECTION} with
 * its raw bytes, shown to staff (never the payload), and resolved by a person: replayed
 * to its source topic or discarded with a reason code, each decision on the audit trail.
 */
package org.oubli.intake.deadletters;
