/**
 * Post-erasure verification: once every system answered, each http system is asked what
 * it still holds about the subject; only counts per category are kept, never records.
 */
package org.oubli.erasure.verify;
