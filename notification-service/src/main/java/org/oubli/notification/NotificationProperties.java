package org.oubli.notification;

import java.net.URI;
import java.time.ZoneId;

import org.oubli.contracts.subject.EmailAddress;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Notification settings.
 *
 * @param from the sender of every email
 * @param verificationBaseUrl where identity-verification serves {@code /verify/{id}}
 * @param contact the address subjects may write to about their data
 * @param zone the time zone dates and times are written in
 * @param staffAddress the staff mailbox that is told of requests needing a person
 * @param intakeBaseUrl where request-intake serves {@code /api/v1/requests/{id}}, for the
 * staff's links
 */
@ConfigurationProperties("oubli.notification")
public record NotificationProperties(@DefaultValue("Oubli <no-reply@oubli.localhost>") String from,
		@DefaultValue("http://localhost:8082") URI verificationBaseUrl,
		@DefaultValue("privacy@oubli.localhost") String contact, @DefaultValue("Europe/Paris") ZoneId zone,
		@DefaultValue("privacy-team@oubli.localhost") String staffAddress,
		@DefaultValue("http://localhost:8081") URI intakeBaseUrl) {

	public NotificationProperties {
		if (!EmailAddress.isValid(staffAddress)) {
			throw new IllegalArgumentException("oubli.notification.staff-address is not a valid email address");
		}
	}

	/** The confirmation page of a request, in the subject's language. */
	public String verificationLink(String requestId, String language) {
		return withoutTrailingSlash(this.verificationBaseUrl) + "/verify/" + requestId + "?lang=" + language;
	}

	/** The case of a request in request-intake's API, for staff. */
	public String caseLink(String requestId) {
		return withoutTrailingSlash(this.intakeBaseUrl) + "/api/v1/requests/" + requestId;
	}

	/** The staff mailbox. */
	public EmailAddress staffMailbox() {
		return EmailAddress.of(this.staffAddress);
	}

	private static String withoutTrailingSlash(URI base) {
		String text = base.toString();
		return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
	}

}
