/** The case: one MongoDB document per request, with its timeline, outcomes and outbox. */
package org.oubli.intake.cases;
