package org.oubli.intake.mail;

import java.util.List;

import org.oubli.contracts.PersonalData;
import org.oubli.contracts.subject.EmailAddress;
import org.oubli.contracts.subject.Language;

/**
 * A message as read from the mailbox: what intake needs of it, nothing more (attachments
 * are only named).
 *
 * @param messageId the Message-ID header, or {@code null}
 * @param sender the From address, or {@code null} when it has none that is valid
 * @param subject the decoded subject, or an empty string
 * @param body the text body (plain text, or HTML turned into text), quoted history
 * included
 * @param declaredLanguage the Content-Language header, or {@code null}
 * @param automatic why the message was sent by a machine (auto-reply, mailing list,
 * bounce), or {@code null} when a person sent it
 * @param attachments name, type and size of each attachment
 * @param size the raw message size in bytes
 */
@PersonalData
record InboundMail(String messageId, EmailAddress sender, String subject, String body, Language declaredLanguage,
		String automatic, List<Attachment> attachments, int size) {

	InboundMail {
		attachments = List.copyOf(attachments);
	}

	boolean isAutomatic() {
		return this.automatic != null;
	}

	@Override
	public String toString() {
		return "InboundMail[redacted, " + this.size + " bytes, " + this.attachments.size() + " attachments]";
	}

	/**
	 * An attachment, noted and not kept.
	 *
	 * @param name its file name, or {@code null}
	 * @param type its MIME type ({@code application/pdf})
	 * @param size its decoded size in bytes
	 */
	record Attachment(String name, String type, long size) {

	}

}
