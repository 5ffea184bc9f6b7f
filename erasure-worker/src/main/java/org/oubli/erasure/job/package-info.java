/**
 * The erasure job: one MongoDB document per request holding the frozen plan, the state of
 * every system and the outbox; every change is one conditional single-document update.
 */
package org.oubli.erasure.job;
