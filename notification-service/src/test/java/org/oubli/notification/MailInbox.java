package org.oubli.notification;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/** What GreenMail received, per recipient, with the text and HTML parts decoded. */
public final class MailInbox {

	private final GreenMail greenMail;

	public MailInbox(GreenMail greenMail) {
		this.greenMail = greenMail;
	}

	public List<MimeMessage> to(String address) {
		return Arrays.stream(this.greenMail.getReceivedMessages())
			.filter((message) -> isFor(message, address))
			.toList();
	}

	/**
	 * The decoded parts of a message by content type ({@code text/plain},
	 * {@code text/html}).
	 */
	public static Map<String, String> parts(MimeMessage message) {
		Map<String, String> parts = new LinkedHashMap<>();
		try {
			collect(message, parts);
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException("Cannot read a received message", ex);
		}
		return parts;
	}

	private static void collect(Part part, Map<String, String> parts) throws MessagingException, IOException {
		Object content = part.getContent();
		if (content instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart child = multipart.getBodyPart(i);
				collect(child, parts);
			}
		}
		else if (content instanceof String text) {
			parts.put(part.getContentType().split(";")[0].trim().toLowerCase(java.util.Locale.ROOT), text);
		}
	}

	private static boolean isFor(MimeMessage message, String address) {
		try {
			Address[] recipients = message.getAllRecipients();
			return recipients != null && Arrays.stream(recipients)
				.anyMatch((recipient) -> recipient instanceof InternetAddress internet
						&& address.equalsIgnoreCase(internet.getAddress()));
		}
		catch (MessagingException ex) {
			return false;
		}
	}

}
