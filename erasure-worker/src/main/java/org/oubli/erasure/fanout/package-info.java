/**
 * Fan-out: opening a job for each verified erasure request, calling its http systems off
 * the listener thread, and sweeping up dispatches that were lost.
 */
package org.oubli.erasure.fanout;
