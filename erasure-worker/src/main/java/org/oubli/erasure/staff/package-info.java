/**
 * What compliance staff do with erasures ({@code /staff/api/v1/erasures}): see a job,
 * record the outcome of a manual or processor system (or of a failed one they took over),
 * send a task again, download the signed certificate.
 */
package org.oubli.erasure.staff;
