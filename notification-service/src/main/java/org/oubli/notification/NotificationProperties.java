package org.oubli.notification;

import java.net.URI;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Notification settings.
 *
 * @param from the sender of every email
 * @param verificationBaseUrl where identity-verification serves {@code /verify/{id}}
 * @param contact the address subjects may write to about their data
 * @param zone the time zone dates and times are written in
 */
@ConfigurationProperties("oubli.notification")
public record NotificationProperties(@DefaultValue("Oubli <no-reply@oubli.localhost>") String from,
		@DefaultValue("http://localhost:8082") URI verificationBaseUrl,
		@DefaultValue("privacy@oubli.localhost") String contact, @DefaultValue("Europe/Paris") ZoneId zone) {

	/** The confirmation page of a request, in the subject's language. */
	public String verificationLink(String requestId, String language) {
		String base = this.verificationBaseUrl.toString();
		return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/verify/" + requestId + "?lang="
				+ language;
	}

}
