package org.oubli.intake.mail;

import java.util.Locale;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * Whether a machine sent a message, by its headers: {@code Auto-Submitted} other than
 * {@code no} (RFC 3834), {@code Precedence} bulk/list/junk/auto_reply, the autoresponder
 * headers Exchange and others add, mailing-list headers (RFC 2369, RFC 2919), delivery
 * reports (RFC 3464) and the null return path of bounces.
 */
final class Automatic {

	private Automatic() {
	}

	/** Why the message is automatic, or {@code null} when a person sent it. */
	static String reasonOf(MimeMessage message) throws MessagingException {
		String autoSubmitted = header(message, "Auto-Submitted");
		if (autoSubmitted != null && !autoSubmitted.startsWith("no")) {
			return "Auto-Submitted: " + autoSubmitted;
		}
		String precedence = header(message, "Precedence");
		if (precedence != null && (precedence.startsWith("bulk") || precedence.startsWith("list")
				|| precedence.startsWith("junk") || precedence.startsWith("auto"))) {
			return "Precedence: " + precedence;
		}
		for (String name : new String[] { "X-Autoreply", "X-Autorespond", "List-Id", "List-Unsubscribe" }) {
			if (header(message, name) != null) {
				return name + " header";
			}
		}
		if (message.isMimeType("multipart/report")) {
			return "delivery report";
		}
		String returnPath = header(message, "Return-Path");
		if ("<>".equals(returnPath)) {
			return "null return path (bounce)";
		}
		return null;
	}

	private static String header(MimeMessage message, String name) throws MessagingException {
		String value = message.getHeader(name, ",");
		return (value != null) ? value.strip().toLowerCase(Locale.ROOT) : null;
	}

}
