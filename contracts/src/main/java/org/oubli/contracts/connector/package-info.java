/**
 * Oubli's connector API, spoken by data-holding systems over HTTP (see
 * {@code openapi/connector-v1.yaml}) and over the erasure topics.
 */
package org.oubli.contracts.connector;
