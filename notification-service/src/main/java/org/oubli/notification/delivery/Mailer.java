package org.oubli.notification.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.oubli.contracts.subject.EmailAddress;
import org.oubli.notification.NotificationProperties;
import org.oubli.notification.template.RenderedEmail;

import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Sends a rendered email over SMTP as plain text with an HTML alternative. */
@Component
class Mailer {

	private final JavaMailSender sender;

	private final NotificationProperties properties;

	Mailer(JavaMailSender sender, NotificationProperties properties) {
		this.sender = sender;
		this.properties = properties;
	}

	void send(EmailAddress to, RenderedEmail email) throws MailException {
		MimeMessage message = this.sender.createMimeMessage();
		try {
			MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
			helper.setFrom(this.properties.from());
			helper.setTo(to.value());
			helper.setSubject(email.subject());
			helper.setText(email.text(), email.html());
			message.setHeader("Content-Language", email.contentLanguage());
			message.setHeader("Auto-Submitted", "auto-generated");
		}
		catch (MessagingException ex) {
			// the message of a MessagingException may name the address: keep only its
			// type
			throw new MailPreparationException("Cannot prepare the email (" + ex.getClass().getSimpleName() + ")");
		}
		this.sender.send(message);
	}

}
