/**
 * Calling http data-holding systems: the port the domain sees, and the one adapter that
 * knows where each system lives (OpenFeign + Resilience4j).
 */
package org.oubli.erasure.connector;
