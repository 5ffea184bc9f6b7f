/** Turning envelopes into JSON and back. */
package org.oubli.kit.events;
