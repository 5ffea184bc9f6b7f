package org.oubli.intake.request;

import java.util.Objects;

import org.oubli.contracts.PersonalData;
import org.oubli.contracts.RequestType;
import org.oubli.contracts.subject.EmailAddress;
import org.oubli.contracts.subject.Language;

/**
 * A data subject's request as any channel hands it to {@link RequestIntake#submit}: the
 * REST API, the web form, the email inbox, a logged-in account. The channel has already
 * checked its own input (bean validation, a signed token, a parsed email); this command
 * holds checked values only.
 *
 * @param type the right exercised
 * @param email the subject's address (normalised by {@link EmailAddress}); duplicates are
 * detected on it
 * @param accountId the platform account id, or {@code null}
 * @param phone a phone number to reach the subject, or {@code null}
 * @param country the country of residence, ISO 3166-1 alpha-2 ({@code FR}) or ISO 3166-2
 * ({@code CA-QC}), or {@code null}: picks the deadline policy; none or an uncovered one
 * gets the default policy
 * @param details the subject's own words about the request (what to rectify...), or
 * {@code null}; at most {@value #MAX_DETAILS} characters
 * @param channel how it came in: {@code api}, {@code form}, {@code email} or
 * {@code account} ({@code account} = authenticated by the platform, so identity is not
 * awaited and the clock never pauses)
 * @param language the language to write to the subject in
 * @param authorizedAgent whether an authorized agent makes the request for the subject
 * @param complaint whether this is a formal complaint in writing: starts the separate
 * acknowledgement timer (10 working days)
 * @param clientKey a keyed hash of the caller (never a raw IP), for abuse limits; may be
 * {@code null}; not stored
 */
@PersonalData
public record NewRequestCommand(RequestType type, EmailAddress email, String accountId, String phone, String country,
		String details, String channel, Language language, boolean authorizedAgent, boolean complaint,
		String clientKey) {

	/** The longest free text kept. */
	public static final int MAX_DETAILS = 4000;

	/** The channel of a logged-in user's request sent by the platform. */
	public static final String ACCOUNT_CHANNEL = "account";

	public NewRequestCommand {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(email, "email");
		Objects.requireNonNull(channel, "channel");
		language = (language != null) ? language : Language.FR;
		if (details != null && details.length() > MAX_DETAILS) {
			throw new IllegalArgumentException("details longer than " + MAX_DETAILS + " characters");
		}
	}

	/** A plain request: no phone, country, details, agent, complaint or client key. */
	public static NewRequestCommand of(RequestType type, EmailAddress email, String accountId, String channel,
			Language language) {
		return new NewRequestCommand(type, email, accountId, null, null, null, channel, language, false, false, null);
	}

	/** Whether the subject still has to prove who they are. */
	public boolean identityAwaited() {
		return !ACCOUNT_CHANNEL.equals(this.channel);
	}

	@Override
	public String toString() {
		return "NewRequestCommand[" + this.type + " via " + this.channel + ", redacted]";
	}

}
