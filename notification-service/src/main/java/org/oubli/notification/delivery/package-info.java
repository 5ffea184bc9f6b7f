/** Sending each notice once: idempotent deliveries, SMTP, NoticeSent and NoticeFailed. */
package org.oubli.notification.delivery;
