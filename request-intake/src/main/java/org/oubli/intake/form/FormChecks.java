package org.oubli.intake.form;

import java.util.Optional;
import java.util.regex.Pattern;

import org.oubli.contracts.subject.EmailAddress;
import org.oubli.contracts.subject.Language;

import org.springframework.validation.Errors;

/**
 * Checks a posted form field by field. Each refusal is a message code
 * ({@code form.error.<field>.<why>}) resolved in the page's language; no message repeats
 * what was typed.
 */
final class FormChecks {

	static final int MAX_DETAILS = 2000;

	static final int MAX_ACCOUNT_ID = 64;

	private static final Pattern ACCOUNT_ID = Pattern.compile("[A-Za-z0-9._-]+");

	// digits with the usual separators, an optional leading +; 6 to 15 digits (E.164)
	private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 .()\\-]*");

	private FormChecks() {
	}

	static Optional<FormRequest> check(RequestForm form, Language language, Errors errors) {
		Optional<RequestTypeChoice> type = RequestTypeChoice.of(trimmed(form.getType()));
		if (trimmed(form.getType()) == null) {
			errors.rejectValue("type", "form.error.type.required");
		}
		else if (type.isEmpty()) {
			errors.rejectValue("type", "form.error.type.unknown");
		}
		String email = trimmed(form.getEmail());
		if (email == null) {
			errors.rejectValue("email", "form.error.email.required");
		}
		else if (!EmailAddress.isValid(email)) {
			errors.rejectValue("email", "form.error.email.invalid");
		}
		String accountId = trimmed(form.getAccountId());
		if (accountId != null && (accountId.length() > MAX_ACCOUNT_ID || !ACCOUNT_ID.matcher(accountId).matches())) {
			errors.rejectValue("accountId", "form.error.accountId.invalid");
		}
		String phone = trimmed(form.getPhone());
		if (phone != null && !validPhone(phone)) {
			errors.rejectValue("phone", "form.error.phone.invalid");
		}
		String country = trimmed(form.getCountry());
		if (country == null) {
			errors.rejectValue("country", "form.error.country.required");
		}
		else if (!Countries.isKnown(country)) {
			errors.rejectValue("country", "form.error.country.unknown");
		}
		String details = trimmed(form.getDetails());
		if (details != null && details.length() > MAX_DETAILS) {
			errors.rejectValue("details", "form.error.details.too-long", new Object[] { String.valueOf(MAX_DETAILS) },
					null);
		}
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		return Optional.of(new FormRequest(type.orElseThrow().type(), EmailAddress.of(email), accountId, phone, country,
				details, form.isAuthorizedAgent(), language));
	}

	static boolean validPhone(String phone) {
		if (!PHONE.matcher(phone).matches()) {
			return false;
		}
		long digits = phone.chars().filter(Character::isDigit).count();
		return digits >= 6 && digits <= 15;
	}

	private static String trimmed(String value) {
		if (value == null) {
			return null;
		}
		String stripped = value.strip();
		return stripped.isEmpty() ? null : stripped;
	}

}
