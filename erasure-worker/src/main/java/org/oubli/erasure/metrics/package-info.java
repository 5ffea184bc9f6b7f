/**
 * Per-system task metrics, derived from the erasure events the worker already publishes.
 */
package org.oubli.erasure.metrics;
