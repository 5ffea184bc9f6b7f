package org.oubli.notification.template;

import org.oubli.contracts.PersonalData;
import org.oubli.contracts.subject.Language;

/**
 * An email ready to send: subject line, plain text and HTML alternatives. The body may
 * hold a one-time code, so {@link #toString()} shows neither body.
 *
 * @param language the language it is written in
 * @param subject the subject line
 * @param text the plain-text body
 * @param html the HTML body
 */
public record RenderedEmail(Language language, String subject, @PersonalData String text, @PersonalData String html) {

	@Override
	public String toString() {
		return "RenderedEmail[" + this.language + ", " + this.subject + "]";
	}

}
