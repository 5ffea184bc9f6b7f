/**
 * Statutory due dates: per-jurisdiction deadline policies, working days and public
 * holidays.
 */
package org.oubli.intake.deadline;
