package org.oubli.verification.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.oubli.contracts.connector.IdentityCheck.DataPointKind;
import org.oubli.verification.code.RequestIds;
import org.oubli.verification.code.VerificationResult;
import org.oubli.verification.code.VerificationService;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /verify/{id}}: the page linked from the emails, in French or English, where the
 * subject types the code, asks for a new one, then (for access and portability) gives a
 * second data point. The forms apply the same checks as the API. Nothing personal is
 * shown and no field is ever filled in. An unknown or malformed id gets the same
 * not-found page, which does not repeat it.
 */
@Controller
class VerificationPageController {

	static final String VIEW = "verification/verify";

	private final VerificationService verifications;

	VerificationPageController(VerificationService verifications) {
		this.verifications = verifications;
	}

	@GetMapping("/verify/{id}")
	ModelAndView show(@PathVariable String id, Locale locale) {
		return this.verifications.viewOf(id).map((view) -> switch (view.status()) {
			case PENDING -> view.codeExpired() ? page(id, locale, "code-expired", null, 0, HttpStatus.OK)
					: page(id, locale, "form", null, 0, HttpStatus.OK);
			case AWAITING_DATA_POINT -> page(id, locale, "data-point", null, 0, HttpStatus.OK);
			case AWAITING_REVIEW -> page(id, locale, "review", null, 0, HttpStatus.OK);
			case VERIFIED -> page(id, locale, "verified", null, 0, HttpStatus.OK);
			case LOCKED -> page(id, locale, "locked", null, 0, HttpStatus.LOCKED);
			case EXPIRED -> page(id, locale, "expired", null, 0, HttpStatus.GONE);
			case REJECTED -> page(id, locale, "rejected", null, 0, HttpStatus.OK);
		}).orElseGet(() -> notFound(locale));
	}

	@PostMapping(path = "/verify/{id}", consumes = "application/x-www-form-urlencoded")
	ModelAndView submit(@PathVariable String id, @RequestParam(name = "code", required = false) String code,
			Locale locale) {
		if (!RequestIds.wellFormed(id)) {
			return notFound(locale);
		}
		String trimmed = (code != null) ? code.strip() : "";
		if (!trimmed.matches(CodeSubmission.SHAPE)) {
			return page(id, locale, "form", "invalid", 0, HttpStatus.BAD_REQUEST);
		}
		return outcome(id, locale, this.verifications.verify(id, trimmed));
	}

	@PostMapping(path = "/verify/{id}/data-point", consumes = "application/x-www-form-urlencoded")
	ModelAndView submitDataPoint(@PathVariable String id, @RequestParam(name = "kind", required = false) String kind,
			@RequestParam(name = "value", required = false) String value, Locale locale) {
		if (!RequestIds.wellFormed(id)) {
			return notFound(locale);
		}
		DataPointKind parsed = parseKind(kind);
		String trimmed = (value != null) ? value.strip() : "";
		if (parsed == null || trimmed.isEmpty() || trimmed.length() > 64) {
			return page(id, locale, "data-point", "invalid-data-point", 0, HttpStatus.BAD_REQUEST);
		}
		return outcome(id, locale, this.verifications.verifyDataPoint(id, parsed, trimmed));
	}

	@PostMapping(path = "/verify/{id}/code", consumes = "application/x-www-form-urlencoded")
	ModelAndView resend(@PathVariable String id, Locale locale) {
		if (!RequestIds.wellFormed(id)) {
			return notFound(locale);
		}
		return outcome(id, locale, this.verifications.resendCode(id));
	}

	private ModelAndView outcome(String id, Locale locale, VerificationResult result) {
		return switch (result.outcome()) {
			case VERIFIED -> page(id, locale, "verified", null, 0, HttpStatus.OK);
			case DATA_POINT_REQUIRED -> page(id, locale, "data-point", null, 0, HttpStatus.OK);
			case CODE_REQUIRED -> page(id, locale, "form", null, 0, HttpStatus.CONFLICT);
			case WRONG_CODE -> page(id, locale, "form", "wrong-code", result.attemptsLeft(), HttpStatus.BAD_REQUEST);
			case WRONG_DATA_POINT ->
				page(id, locale, "data-point", "wrong-data-point", result.attemptsLeft(), HttpStatus.BAD_REQUEST);
			case CODE_EXPIRED -> page(id, locale, "code-expired", null, 0, HttpStatus.BAD_REQUEST);
			case CODE_SENT -> page(id, locale, "form", "code-sent", 0, HttpStatus.OK);
			case CODE_RECENTLY_SENT -> page(id, locale, "form", "code-recently-sent", 0, HttpStatus.TOO_MANY_REQUESTS);
			case NO_MORE_CODES -> page(id, locale, "form", "no-more-codes", 0, HttpStatus.TOO_MANY_REQUESTS);
			case EXPIRED -> page(id, locale, "expired", null, 0, HttpStatus.GONE);
			case LOCKED -> page(id, locale, "locked", null, 0, HttpStatus.LOCKED);
			case AWAITING_REVIEW -> page(id, locale, "review", null, 0, HttpStatus.CONFLICT);
			case REJECTED -> page(id, locale, "rejected", null, 0, HttpStatus.CONFLICT);
			case CHECK_UNAVAILABLE ->
				page(id, locale, "data-point", "check-unavailable", 0, HttpStatus.SERVICE_UNAVAILABLE);
			case NOT_FOUND -> notFound(locale);
		};
	}

	private static DataPointKind parseKind(String kind) {
		if (kind == null) {
			return null;
		}
		for (DataPointKind candidate : DataPointKind.values()) {
			if (candidate.name().equalsIgnoreCase(kind.strip())) {
				return candidate;
			}
		}
		return null;
	}

	private static ModelAndView notFound(Locale locale) {
		return page(null, locale, "not-found", null, 0, HttpStatus.NOT_FOUND);
	}

	private static ModelAndView page(String id, Locale locale, String state, String error, int attemptsLeft,
			HttpStatus status) {
		Map<String, Object> model = new HashMap<>();
		model.put("requestId", id);
		model.put("lang", locale.getLanguage());
		model.put("state", state);
		model.put("error", error);
		model.put("attemptsLeft", attemptsLeft);
		return new ModelAndView(VIEW, model, status);
	}

}
