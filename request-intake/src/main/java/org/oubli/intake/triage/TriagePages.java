package org.oubli.intake.triage;

import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.oubli.contracts.RequestType;
import org.oubli.kit.web.ConflictException;
import org.oubli.kit.web.InvalidInputException;
import org.oubli.kit.web.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console's triage page ({@code /staff/console/triage}): open items with the sender
 * masked and what the classifier saw (suggested rights, reasons), never the message's
 * text; for agents and administrators, a form to open requests for the sender and one to
 * dismiss the item with a reason code. The decisions are the API's
 * ({@link TriageDecisions}, audited as {@code triage.resolved}).
 */
@Controller
class TriagePages {

	static final String PAGE = "/staff/console/triage";

	/** The reasons offered to dismiss an item (stored and audited as the code). */
	enum DismissReason {

		NOT_A_REQUEST, NEWSLETTER, AUTO_REPLY, QUESTION_ANSWERED, DUPLICATE, SPAM, OTHER

	}

	private static final Logger log = LoggerFactory.getLogger(TriagePages.class);

	private static final int MAX_LIST = 200;

	private final TriageStore store;

	private final TriageDecisions decisions;

	private final MessageSource messages;

	TriagePages(TriageStore store, TriageDecisions decisions, MessageSource messages) {
		this.store = store;
		this.decisions = decisions;
		this.messages = messages;
	}

	@GetMapping(PAGE)
	ModelAndView list() {
		ModelAndView page = new ModelAndView("console/triage");
		page.addObject("items",
				this.store.list(TriageItem.Status.OPEN, MAX_LIST).stream().map(TriageViews.Summary::of).toList());
		page.addObject("types", Arrays.asList(RequestType.values()));
		page.addObject("dismissReasons", Arrays.asList(DismissReason.values()));
		return page;
	}

	@PostMapping(PAGE + "/{id}/requests")
	String open(@PathVariable String id, @RequestParam(name = "types", required = false) List<String> types,
			@RequestParam(required = false) String language, Principal staff, RedirectAttributes redirect) {
		if (types == null || types.isEmpty()) {
			redirect.addFlashAttribute("error", text("console.triage.types-required"));
			return "redirect:" + PAGE;
		}
		String lang = ("en".equals(language) || "fr".equals(language)) ? language : null;
		return act(redirect, () -> {
			TriageItem.Resolution resolution = this.decisions.decide(id, new TriageDecision(types, lang, null, null),
					staff.getName());
			return text("console.triage.opened", resolution.requestIds().size());
		});
	}

	@PostMapping(PAGE + "/{id}/dismissal")
	String dismiss(@PathVariable String id, @RequestParam(required = false) String reasonCode, Principal staff,
			RedirectAttributes redirect) {
		DismissReason reason;
		try {
			reason = DismissReason.valueOf((reasonCode != null) ? reasonCode.strip().toUpperCase(Locale.ROOT) : "");
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("error", text("console.triage.reason-required"));
			return "redirect:" + PAGE;
		}
		return act(redirect, () -> {
			this.decisions.decide(id, new TriageDecision(null, null, true, reason.name()), staff.getName());
			return text("console.triage.dismissed");
		});
	}

	private String act(RedirectAttributes redirect, Action action) {
		try {
			redirect.addFlashAttribute("flash", action.run());
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", text("console.triage.types-required"));
		}
		catch (NotFoundException ex) {
			redirect.addFlashAttribute("error", text("console.triage.not-found"));
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("error", text(
					"triage-item-no-sender".equals(ex.code()) ? "console.triage.no-sender" : "console.triage.closed"));
		}
		return "redirect:" + PAGE;
	}

	@ExceptionHandler(Exception.class)
	ModelAndView failure(Exception ex) {
		String reference = UUID.randomUUID().toString().substring(0, 8);
		log.error("Triage page failed (reference {}): {}", reference, ex.getClass().getName());
		ModelAndView page = new ModelAndView("console/failure", HttpStatus.INTERNAL_SERVER_ERROR);
		page.addObject("reference", reference);
		return page;
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}

	@FunctionalInterface
	private interface Action {

		String run();

	}

}
