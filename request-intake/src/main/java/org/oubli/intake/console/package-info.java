/**
 * The staff console ({@code /staff/console/**}): server-rendered pages (Thymeleaf, French
 * and English) behind a form sign-in (or OpenID Connect when a client registration is
 * configured) with a session, on the kit's staff accounts and roles. The queue of cases,
 * a case with its timeline, tasks, deadline and audit entries, staff actions with a
 * reason code on the audit trail, and the audit page with exports.
 */
package org.oubli.intake.console;
