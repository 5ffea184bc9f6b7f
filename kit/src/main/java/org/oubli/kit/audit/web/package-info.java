/**
 * The audit trail over HTTP for auditors and administrators: export for a date range
 * (JSON or CSV) and the chain check.
 */
package org.oubli.kit.audit.web;
