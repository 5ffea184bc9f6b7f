/** Secrets that must cross Kafka: sealed for the services that hold the key. */
package org.oubli.kit.secrets;
