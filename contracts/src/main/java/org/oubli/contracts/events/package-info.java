/**
 * Event records, named for what happened, and the envelope every one travels in.
 */
package org.oubli.contracts.events;
