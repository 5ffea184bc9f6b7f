/** The emails' words: Thymeleaf text and HTML templates in French and English. */
package org.oubli.notification.template;
