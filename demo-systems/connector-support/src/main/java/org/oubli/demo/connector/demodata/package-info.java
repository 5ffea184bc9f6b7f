/**
 * Demo data: the five demo people seeded at start and a read-only count per category for
 * humans.
 */
package org.oubli.demo.connector.demodata;
