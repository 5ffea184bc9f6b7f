/** notification-service. */
package org.oubli.notification;
