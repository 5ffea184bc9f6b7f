/**
 * The audit trail: every staff action and every state change, append-only and
 * tamper-evident (each entry chained to the previous one by SHA-256), exportable as CSV
 * and JSON for a date range.
 */
package org.oubli.kit.audit;
