/**
 * Fan-out: opening a job for each verified erasure request, calling its http systems off
 * the listener thread, sweeping up dispatches that were lost, chasing silent Kafka
 * systems and handing tasks nobody answers to a person.
 */
package org.oubli.erasure.fanout;
