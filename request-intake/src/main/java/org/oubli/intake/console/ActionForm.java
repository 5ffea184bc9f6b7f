package org.oubli.intake.console;

import java.util.LinkedHashMap;
import java.util.Map;

import org.oubli.kit.audit.AuditTrail;

/**
 * One action form as sent: its reason code (from {@link ReasonCodes}) and its text, with
 * the errors found (field name to message key). The text is what the subject (or the
 * other service) reads; the audit trail only ever gets its SHA-256.
 *
 * @param action the action ({@code extend}, {@code approve}...)
 * @param reasonCode the code chosen
 * @param text the text typed, stripped, or {@code null}
 * @param errors field to message key, empty when the form is valid
 */
record ActionForm(String action, String reasonCode, String text, Map<String, String> errors) {

	static final int MAX_TEXT = 2000;

	/**
	 * Checks a form.
	 * @param textField the name of the text field ({@code reason}, {@code evidence}), or
	 * {@code null} when the form has none
	 */
	static ActionForm check(String action, String reasonCode, String text, String textField) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (reasonCode == null || reasonCode.isBlank()) {
			errors.put("reasonCode", "console.form.reason-code.required");
		}
		else if (!ReasonCodes.valid(action, reasonCode)) {
			errors.put("reasonCode", "console.form.reason-code.unknown");
		}
		String stripped = (text != null && !text.isBlank()) ? text.strip() : null;
		if (textField != null) {
			if (stripped == null) {
				errors.put(textField, "console.form." + textField + ".required");
			}
			else if (stripped.length() > MAX_TEXT) {
				errors.put(textField, "console.form.text.too-long");
			}
		}
		return new ActionForm(action, reasonCode, stripped, Map.copyOf(errors));
	}

	boolean valid() {
		return this.errors.isEmpty();
	}

	/** The audit details: the reason code, and the SHA-256 of the text if any. */
	Map<String, String> auditDetails(String textName) {
		Map<String, String> details = new LinkedHashMap<>();
		details.put("reasonCode", this.reasonCode);
		if (this.text != null) {
			details.put(textName + "Sha256", sha256(this.text));
		}
		return details;
	}

	static String sha256(String text) {
		return AuditTrail.sha256(text);
	}

	@Override
	public String toString() {
		return "ActionForm[" + this.action + ", " + this.reasonCode + ", text redacted, errors=" + this.errors + "]";
	}

}
