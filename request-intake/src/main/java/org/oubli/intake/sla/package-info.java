/**
 * The SLA watchdog: classifies every open case against its statutory due date, alerts
 * staff when one becomes at risk or overdue, and serves the case metrics.
 */
package org.oubli.intake.sla;
