package org.oubli.intake.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;
import org.springframework.util.unit.DataSize;

/**
 * The mailbox requests are read from ({@code oubli.intake.mail.*}). Email intake is off
 * unless {@code host} is set.
 *
 * @param host the IMAP server; unset: no email intake
 * @param port its port (143, or 993 with {@code ssl})
 * @param ssl IMAP over TLS ({@code imaps})
 * @param username the login
 * @param password the password
 * @param folder the folder read ({@code INBOX})
 * @param pollInterval the pause between two reads of the mailbox
 * @param processedFolder where processed messages are moved; unset: they stay and are
 * marked {@code \Seen}, and only unseen messages are read
 * @param maxSize a larger message is not downloaded: only its headers are kept, as
 * unprocessable
 * @param rawCap how much of an unprocessable message is kept for staff
 * @param batchSize at most this many messages per read
 * @param timeout connection and read timeout of the IMAP client
 */
@ConfigurationProperties("oubli.intake.mail")
public record MailIntakeProperties(String host, @DefaultValue("143") int port, @DefaultValue("false") boolean ssl,
		String username, String password, @DefaultValue("INBOX") String folder,
		@DefaultValue("30s") Duration pollInterval, String processedFolder, @DefaultValue("10MB") DataSize maxSize,
		@DefaultValue("256KB") DataSize rawCap, @DefaultValue("50") int batchSize,
		@DefaultValue("30s") Duration timeout) {

	public boolean enabled() {
		return StringUtils.hasText(this.host);
	}

	@Override
	public String toString() {
		return "MailIntakeProperties[host=" + this.host + ", port=" + this.port + ", folder=" + this.folder + "]";
	}

}
