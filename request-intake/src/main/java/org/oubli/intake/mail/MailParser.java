package org.oubli.intake.mail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import org.oubli.contracts.subject.EmailAddress;
import org.oubli.contracts.subject.Language;
import org.oubli.intake.mail.InboundMail.Attachment;

/**
 * Reads a raw RFC 5322 message with Jakarta Mail (Angus): headers (RFC 2047 encoded
 * words), the MIME tree, transfer encodings (quoted-printable, base64) and charsets. A
 * text part in ISO-8859-1 is read as windows-1252 (its superset, as browsers do), an
 * unknown charset as windows-1252 too. Plain text is preferred to HTML; attachments are
 * only named, measured and dropped.
 */
final class MailParser {

	private static final int MAX_DEPTH = 10;

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private final Session session;

	MailParser() {
		Properties properties = new Properties();
		// lenient with what real mailers send
		properties.setProperty("mail.mime.address.strict", "false");
		properties.setProperty("mail.mime.decodetext.strict", "false");
		properties.setProperty("mail.mime.base64.ignoreerrors", "true");
		properties.setProperty("mail.mime.multipart.allowempty", "true");
		this.session = Session.getInstance(properties);
	}

	InboundMail parse(byte[] raw) throws UnreadableMailException {
		if (raw == null || raw.length == 0) {
			throw new UnreadableMailException("empty message");
		}
		try {
			MimeMessage message = new MimeMessage(this.session, new ByteArrayInputStream(raw));
			Bodies bodies = new Bodies();
			walk(message, bodies, 0);
			String body = !bodies.plain.isEmpty() ? String.join("\n\n", bodies.plain)
					: (!bodies.html.isEmpty() ? HtmlText.of(String.join("\n", bodies.html)) : "");
			return new InboundMail(message.getMessageID(), sender(message), subject(message), body,
					declaredLanguage(message), Automatic.reasonOf(message), bodies.attachments, raw.length);
		}
		catch (MessagingException | IOException | RuntimeException ex) {
			throw new UnreadableMailException("not readable as MIME (" + ex.getClass().getSimpleName() + ")", ex);
		}
	}

	private void walk(Part part, Bodies bodies, int depth) throws MessagingException, IOException {
		if (depth > MAX_DEPTH) {
			throw new MessagingException("MIME nesting deeper than " + MAX_DEPTH);
		}
		if (part.isMimeType("multipart/*")) {
			Object content = part.getContent();
			if (!(content instanceof Multipart multipart)) {
				throw new MessagingException("multipart without parts");
			}
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart child = multipart.getBodyPart(i);
				walk(child, bodies, depth + 1);
			}
			return;
		}
		boolean attached = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null;
		if (!attached && part.isMimeType("text/plain")) {
			bodies.plain.add(text(part));
		}
		else if (!attached && part.isMimeType("text/html")) {
			bodies.html.add(text(part));
		}
		else {
			bodies.attachments.add(new Attachment(fileName(part), baseType(part), measure(part)));
		}
	}

	private static String text(Part part) throws MessagingException, IOException {
		try (InputStream in = part.getInputStream()) {
			byte[] bytes = in.readAllBytes();
			Charset charset = charsetOf(part);
			return (charset != null) ? new String(bytes, charset) : undeclared(bytes);
		}
	}

	/** Text with no charset: UTF-8 if it is valid UTF-8, windows-1252 otherwise. */
	private static String undeclared(byte[] bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return new String(bytes, WINDOWS_1252);
		}
	}

	/** The charset a part declares, or {@code null} when it declares none. */
	static Charset charsetOf(Part part) {
		try {
			String declared = new ContentType(part.getContentType()).getParameter("charset");
			if (declared == null) {
				return null;
			}
			Charset charset = Charset.forName(MimeUtility.javaCharset(declared.trim()));
			return StandardCharsets.ISO_8859_1.equals(charset) || StandardCharsets.US_ASCII.equals(charset)
					? WINDOWS_1252 : charset;
		}
		catch (MessagingException | IllegalCharsetNameException | UnsupportedCharsetException ex) {
			return WINDOWS_1252;
		}
	}

	private static long measure(Part part) throws MessagingException, IOException {
		try (InputStream in = part.getInputStream()) {
			return in.transferTo(OutputStreamSink.INSTANCE);
		}
	}

	private static String fileName(Part part) {
		try {
			String name = part.getFileName();
			return (name != null) ? MimeUtility.decodeText(name) : null;
		}
		catch (MessagingException | IOException ex) {
			return null;
		}
	}

	private static String baseType(Part part) {
		try {
			return new ContentType(part.getContentType()).getBaseType().toLowerCase(Locale.ROOT);
		}
		catch (MessagingException ex) {
			return "application/octet-stream";
		}
	}

	private static EmailAddress sender(MimeMessage message) {
		try {
			Address[] from = message.getFrom();
			if (from == null || from.length != 1 || !(from[0] instanceof InternetAddress address)) {
				return null;
			}
			return EmailAddress.isValid(address.getAddress()) ? EmailAddress.of(address.getAddress()) : null;
		}
		catch (MessagingException ex) {
			return null;
		}
	}

	private static String subject(MimeMessage message) throws MessagingException {
		String subject = message.getSubject();
		return (subject != null) ? subject.strip() : "";
	}

	private static Language declaredLanguage(MimeMessage message) {
		try {
			String[] languages = message.getContentLanguage();
			if (languages == null || languages.length == 0) {
				return null;
			}
			String first = languages[0].toLowerCase(Locale.ROOT);
			return first.startsWith("fr") ? Language.FR : (first.startsWith("en") ? Language.EN : null);
		}
		catch (MessagingException ex) {
			return null;
		}
	}

	private static final class Bodies {

		private final List<String> plain = new ArrayList<>();

		private final List<String> html = new ArrayList<>();

		private final List<Attachment> attachments = new ArrayList<>();

	}

	/** Counts bytes without keeping them. */
	private static final class OutputStreamSink extends java.io.OutputStream {

		private static final OutputStreamSink INSTANCE = new OutputStreamSink();

		@Override
		public void write(int b) {
		}

		@Override
		public void write(byte[] b, int off, int len) {
		}

	}

}
