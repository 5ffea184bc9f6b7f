package org.oubli.intake.form;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.oubli.contracts.subject.Language;
import org.oubli.intake.limits.AbuseLimits;
import org.oubli.intake.limits.ClientKey;
import org.oubli.intake.limits.LimitDecision;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The web form. {@code GET /request} (and {@code /}) shows it; {@code POST /request}
 * checks it: with errors it comes back with each message next to its field and nothing
 * stored; refused by an abuse limit it comes back with the limit's message (429);
 * accepted, the browser is sent to the confirmation page with the reference and due date.
 */
@Controller
class FormController {

	static final String PATH = "/request";

	static final String FORM = "intake/form";

	static final String RECEIVED = "intake/received";

	private final FormIntake intake;

	private final AbuseLimits limits;

	FormController(FormIntake intake, AbuseLimits limits) {
		this.intake = intake;
		this.limits = limits;
	}

	@GetMapping({ "/", PATH })
	ModelAndView show(Locale locale) {
		return form(new RequestForm(), null, locale, HttpStatus.OK);
	}

	@PostMapping(path = PATH, consumes = "application/x-www-form-urlencoded")
	ModelAndView submit(@ModelAttribute("requestForm") RequestForm form, BindingResult errors, Locale locale,
			HttpServletRequest http) {
		Language language = language(locale);
		Optional<FormRequest> checked = FormChecks.check(form, language, errors);
		if (checked.isEmpty()) {
			return form(form, null, locale, HttpStatus.BAD_REQUEST);
		}
		ClientKey client = this.limits.clientOf(http);
		LimitDecision decision = this.limits.tryAcquire(checked.get().email(), client, FormIntake.CHANNEL);
		if (!decision.allowed()) {
			return form(form, decision, locale, HttpStatus.TOO_MANY_REQUESTS);
		}
		FormIntake.Receipt receipt = this.intake.submit(checked.get(), client);
		String target = UriComponentsBuilder.fromPath(PATH + "/received/{reference}")
			.queryParam("lang", locale.getLanguage())
			.buildAndExpand(receipt.reference())
			.toUriString();
		return new ModelAndView("redirect:" + target);
	}

	// path variables join the page's model: "id", so that "reference" is set only for a
	// request that exists
	@GetMapping(PATH + "/received/{id}")
	ModelAndView received(@PathVariable("id") String reference, Locale locale) {
		Optional<FormIntake.Receipt> receipt = wellFormed(reference) ? this.intake.find(reference) : Optional.empty();
		ModelAndView page = new ModelAndView(RECEIVED, receipt.isPresent() ? HttpStatus.OK : HttpStatus.NOT_FOUND);
		page.addObject("lang", locale.getLanguage());
		receipt.ifPresent((found) -> {
			page.addObject("reference", found.reference());
			page.addObject("type", found.type().name().toLowerCase(Locale.ROOT));
			page.addObject("dueOn",
					DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(found.dueOn()));
			page.addObject("dueOnIso", found.dueOn().toString());
		});
		return page;
	}

	private ModelAndView form(RequestForm form, LimitDecision refused, Locale locale, HttpStatus status) {
		ModelAndView page = new ModelAndView(FORM, status);
		page.addObject("requestForm", form);
		page.addObject("lang", locale.getLanguage());
		page.addObject("types", RequestTypeChoice.all().stream().map(RequestTypeChoice::value).toList());
		page.addObject("countries", Countries.in(locale));
		page.addObject("maxDetails", String.valueOf(FormChecks.MAX_DETAILS));
		if (refused != null) {
			page.addObject("limited", refused.limit().name().toLowerCase(Locale.ROOT));
			page.addObject("retryMinutes", refused.retryAfterMinutes());
		}
		return page;
	}

	private static Language language(Locale locale) {
		return "en".equals(locale.getLanguage()) ? Language.EN : Language.FR;
	}

	private static boolean wellFormed(String reference) {
		try {
			return UUID.fromString(reference).toString().equals(reference);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
