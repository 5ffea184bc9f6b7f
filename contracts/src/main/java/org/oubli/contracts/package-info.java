/**
 * What Oubli's services and the data-holding systems agree on: topic names, the event
 * envelope, event records and the connector API. Plain Java, no Spring.
 */
package org.oubli.contracts;
