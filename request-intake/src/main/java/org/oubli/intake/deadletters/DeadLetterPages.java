package org.oubli.intake.deadletters;

import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.oubli.kit.web.ConflictException;
import org.oubli.kit.web.InvalidInputException;
import org.oubli.kit.web.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console's dead-letter page ({@code /staff/console/dead-letters}): the inbox by
 * status (open first), what each item is about (source topic, event type, request id with
 * a link to the case, reason, size, when), never its payload; replay and discard forms
 * with a required reason code for agents and administrators (the console's security
 * refuses any post by an auditor). Outcomes come back as {@code #flash} or {@code #error}
 * after a redirect.
 */
@Controller
class DeadLetterPages {

	static final String PAGE = "/staff/console/dead-letters";

	private static final Logger log = LoggerFactory.getLogger(DeadLetterPages.class);

	private static final int MAX_LIST = 200;

	private final DeadLetterResolutions resolutions;

	private final MessageSource messages;

	DeadLetterPages(DeadLetterResolutions resolutions, MessageSource messages) {
		this.resolutions = resolutions;
		this.messages = messages;
	}

	@GetMapping(PAGE)
	ModelAndView list(@RequestParam(defaultValue = "OPEN") String status) {
		DeadLetter.Status wanted = null;
		try {
			wanted = DeadLetterController.status(status);
		}
		catch (InvalidInputException ex) {
			// shown as the page's error below
		}
		ModelAndView page = new ModelAndView("console/dead-letters",
				(wanted != null) ? HttpStatus.OK : HttpStatus.BAD_REQUEST);
		page.addObject("status", (wanted != null) ? wanted.name() : status);
		page.addObject("statuses", Arrays.asList(DeadLetter.Status.values()));
		page.addObject("letters", (wanted != null)
				? this.resolutions.list(wanted, null, MAX_LIST).stream().map(DeadLetterViews.Summary::of).toList()
				: List.of());
		page.addObject("replayReasons",
				Arrays.stream(ReplayReason.values()).filter((reason) -> reason != ReplayReason.NOT_GIVEN).toList());
		page.addObject("discardReasons", Arrays.asList(DiscardReason.values()));
		page.addObject("truncatedAt", MAX_LIST);
		if (wanted == null) {
			page.addObject("error", text("console.dl.invalid-status"));
		}
		return page;
	}

	@PostMapping(PAGE + "/{id}/replay")
	String replay(@PathVariable String id, @RequestParam(required = false) String reasonCode,
			@RequestParam(required = false) String status, Principal staff, RedirectAttributes redirect) {
		return act(id, status, redirect, () -> {
			ReplayReason reason = ResolutionRequest.parse(reasonCode, ReplayReason.class, true, null);
			if (reason == ReplayReason.NOT_GIVEN) {
				throw new InvalidInputException("reasonCode", "not a reason");
			}
			DeadLetter letter = this.resolutions.replay(id, reason, staff.getName());
			return text("console.dl.replayed", letter.sourceTopic());
		});
	}

	@PostMapping(PAGE + "/{id}/discard")
	String discard(@PathVariable String id, @RequestParam(required = false) String reasonCode,
			@RequestParam(required = false) String status, Principal staff, RedirectAttributes redirect) {
		return act(id, status, redirect, () -> {
			DiscardReason reason = ResolutionRequest.parse(reasonCode, DiscardReason.class, true, null);
			this.resolutions.discard(id, reason, staff.getName());
			return text("console.dl.discarded");
		});
	}

	private String act(String id, String status, RedirectAttributes redirect, Action action) {
		try {
			redirect.addFlashAttribute("flash", action.run());
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", text("console.dl.reason-required"));
		}
		catch (NotFoundException ex) {
			redirect.addFlashAttribute("error", text("console.dl.not-found"));
		}
		catch (ConflictException ex) {
			DeadLetter letter = this.resolutions.get(id);
			redirect.addFlashAttribute("error",
					text("console.dl.already", text("console.dl.status." + letter.status().name()),
							(letter.resolution() != null) ? letter.resolution().by() : "?",
							(letter.resolution() != null) ? letter.resolution().reasonCode() : "?"));
		}
		catch (ErrorResponseException ex) {
			redirect.addFlashAttribute("error", text("console.dl.replay-failed"));
		}
		String back = (status != null && status.matches("[A-Za-z]{1,20}")) ? status.toUpperCase(Locale.ROOT) : "OPEN";
		return "redirect:" + PAGE + "?status=" + back;
	}

	@ExceptionHandler(Exception.class)
	ModelAndView failure(Exception ex) {
		String reference = UUID.randomUUID().toString().substring(0, 8);
		log.error("Dead-letter page failed (reference {}): {}", reference, ex.getClass().getName());
		ModelAndView page = new ModelAndView("console/failure", HttpStatus.INTERNAL_SERVER_ERROR);
		page.addObject("reference", reference);
		return page;
	}

	private String text(String key, Object... arguments) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.messages.getMessage(key, arguments, key, locale);
	}

	@FunctionalInterface
	private interface Action {

		String run();

	}

}
