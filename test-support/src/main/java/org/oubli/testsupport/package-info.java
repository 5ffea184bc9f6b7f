/**
 * Real infrastructure for tests and the dev stack: a KRaft Kafka broker, the MongoDB
 * wire-protocol server, GreenMail; Testcontainers' Kafka and MongoDB where Docker exists.
 */
package org.oubli.testsupport;
