/**
 * Test fixtures the demo systems share (in this module's test jar): the demo people as
 * subjects, and a client for a running demo system.
 */
package org.oubli.demo.connector.testing;
