/**
 * What compliance staff do to a case: close it (handled by staff, or refused with
 * reasons) and extend its deadline once.
 */
package org.oubli.intake.staff;
