package org.oubli.erasure.staff;

import java.util.List;

import org.oubli.contracts.connector.CategoryOutcome;

/**
 * What staff record for a task: the outcome per instructed category and the evidence.
 *
 * @param evidence what proves it (a ticket, the processor's confirmation reference, who
 * did what); never the subject's data; at most 2000 characters
 * @param outcomes one per instructed category, consistent with the instruction
 */
record StaffCompletion(String evidence, List<CategoryOutcome> outcomes) {

}
