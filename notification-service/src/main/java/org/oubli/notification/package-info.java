/**
 * notification-service: tells subjects what happened to their request, in French or
 * English.
 */
package org.oubli.notification;
