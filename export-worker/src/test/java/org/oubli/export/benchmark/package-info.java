/** The export benchmark: a command printing figures, not a test. */
package org.oubli.export.benchmark;
