/**
 * notification-service: tells subjects what happened to their request, in French or
 * English, and staff which requests need a person.
 */
package org.oubli.notification;
