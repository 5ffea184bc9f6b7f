/** Following a case through the other services' events: timeline, status, outcomes. */
package org.oubli.intake.tracking;
