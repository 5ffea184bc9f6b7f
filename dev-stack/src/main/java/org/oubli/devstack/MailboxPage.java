package org.oubli.devstack;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.web.util.HtmlUtils;

/**
 * The dev mailbox as a web page: every message GreenMail received, newest first. For the
 * dev stack only; it shows addresses and codes, as a real inbox would.
 */
final class MailboxPage implements AutoCloseable {

	private final HttpServer server;

	private MailboxPage(HttpServer server) {
		this.server = server;
	}

	static MailboxPage start(GreenMail greenMail, int port) {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
			server.createContext("/", (exchange) -> respond(exchange, render(greenMail)));
			server.start();
			return new MailboxPage(server);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot start the dev mailbox page on port " + port, ex);
		}
	}

	int port() {
		return this.server.getAddress().getPort();
	}

	private static String render(GreenMail greenMail) {
		StringBuilder html = new StringBuilder(
				"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Oubli dev mailbox</title>"
						+ "<meta http-equiv=\"refresh\" content=\"5\"></head><body><h1>Oubli dev mailbox</h1>");
		MimeMessage[] messages = greenMail.getReceivedMessages();
		if (messages.length == 0) {
			html.append("<p>No mail yet. This page refreshes every 5 seconds.</p>");
		}
		for (int i = messages.length - 1; i >= 0; i--) {
			html.append("<article style=\"border-top:1px solid #ccc\">");
			try {
				html.append("<h2>")
					.append(HtmlUtils.htmlEscape(String.valueOf(messages[i].getSubject())))
					.append("</h2>");
				html.append("<p>To: ");
				for (Address to : messages[i].getAllRecipients()) {
					html.append(HtmlUtils.htmlEscape(to.toString())).append(' ');
				}
				html.append("</p><pre style=\"white-space:pre-wrap\">")
					.append(HtmlUtils.htmlEscape(textOf(messages[i])))
					.append("</pre>");
			}
			catch (MessagingException ex) {
				html.append("<p>Unreadable message</p>");
			}
			html.append("</article>");
		}
		return html.append("</body></html>").toString();
	}

	/** The plain-text part of a message, or its HTML part, decoded. */
	static String textOf(Part part) throws MessagingException {
		try {
			if (part.isMimeType("text/plain")) {
				return String.valueOf(part.getContent());
			}
			if (part.isMimeType("multipart/*")) {
				Multipart multipart = (Multipart) part.getContent();
				String html = null;
				for (int i = 0; i < multipart.getCount(); i++) {
					BodyPart child = multipart.getBodyPart(i);
					if (child.isMimeType("text/plain") || child.isMimeType("multipart/*")) {
						String text = textOf(child);
						if (!text.isEmpty()) {
							return text;
						}
					}
					else if (child.isMimeType("text/html")) {
						html = String.valueOf(child.getContent());
					}
				}
				return (html != null) ? html : "";
			}
			if (part.isMimeType("text/*")) {
				return String.valueOf(part.getContent());
			}
			return "";
		}
		catch (IOException ex) {
			return GreenMailUtil.getBody(part);
		}
	}

	/** The text of a message, or an empty string if it cannot be read. */
	static String safeText(Part part) {
		try {
			return textOf(part);
		}
		catch (MessagingException ex) {
			return "";
		}
	}

	private static void respond(HttpExchange exchange, String html) throws IOException {
		byte[] body = html.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
		exchange.sendResponseHeaders(200, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
