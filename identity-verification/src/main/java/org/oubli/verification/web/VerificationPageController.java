package org.oubli.verification.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

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
 * {@code /verify/{id}}: the page linked from the email, in French or English, where the
 * subject types the code. The form applies the same checks as the API. Nothing personal
 * is shown and the code field is never filled in. An unknown or malformed id gets the
 * same not-found page, which does not repeat it.
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
		return this.verifications.statusOf(id).map((status) -> switch (status) {
			case PENDING -> page(id, locale, "form", null, 0, HttpStatus.OK);
			case VERIFIED -> page(id, locale, "verified", null, 0, HttpStatus.OK);
			case LOCKED -> page(id, locale, "locked", null, 0, HttpStatus.LOCKED);
			case EXPIRED -> page(id, locale, "expired", null, 0, HttpStatus.GONE);
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
		VerificationResult result = this.verifications.verify(id, trimmed);
		return switch (result.outcome()) {
			case VERIFIED -> page(id, locale, "verified", null, 0, HttpStatus.OK);
			case WRONG_CODE -> page(id, locale, "form", "wrong-code", result.attemptsLeft(), HttpStatus.BAD_REQUEST);
			case EXPIRED -> page(id, locale, "expired", null, 0, HttpStatus.BAD_REQUEST);
			case LOCKED -> page(id, locale, "locked", null, 0, HttpStatus.LOCKED);
			case NOT_FOUND -> notFound(locale);
		};
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
