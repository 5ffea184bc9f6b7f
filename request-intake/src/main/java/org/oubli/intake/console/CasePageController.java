package org.oubli.intake.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.Map;
import java.util.Set;

import org.oubli.contracts.RequestType;
import org.oubli.contracts.connector.CategoryOutcome;
import org.oubli.intake.cases.CaseDocument;
import org.oubli.intake.cases.CaseStatus;
import org.oubli.intake.cases.CaseStore;
import org.oubli.intake.cases.SystemProgress;
import org.oubli.intake.cases.TimelineEntry;
import org.oubli.intake.request.CaseView;
import org.oubli.intake.request.CaseViews;
import org.oubli.intake.request.RequestId;
import org.oubli.kit.audit.AuditTrail;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A case in the console: subject masked unless revealed (for that answer only, audited),
 * its timeline, per-system tasks (the case's receipts and erasure-worker's job), notices,
 * deadline, closure and audit entries; and the actions staff take on it, each a form with
 * a reason code. A valid action redirects to the page with {@code #flash}; an invalid
 * form comes back (400) with the error next to the field; a refusal comes back (409) with
 * the reason in {@code #error}; nothing changes in either case.
 */
@Controller
class CasePageController {

	static final String PATH = ConsoleSecurityConfiguration.BASE + "/cases/{id}";

	private static final Set<String> NOTICE_EVENTS = Set.of("NoticeSent", "NoticeFailed");

	private final CaseStore cases;

	private final CaseViews views;

	private final ConsoleCases queue;

	private final OtherServices services;

	private final ConsoleActions actions;

	private final AuditTrail audit;

	private final MessageSource messages;

	CasePageController(CaseStore cases, CaseViews views, ConsoleCases queue, OtherServices services,
			ConsoleActions actions, AuditTrail audit, MessageSource messages) {
		this.cases = cases;
		this.views = views;
		this.queue = queue;
		this.services = services;
		this.actions = actions;
		this.audit = audit;
		this.messages = messages;
	}

	@GetMapping(PATH)
	ModelAndView show(@PathVariable String id, Authentication staff) {
		return page(find(id), staff, HttpStatus.OK);
	}

	@PostMapping(PATH + "/reveal")
	ModelAndView reveal(@PathVariable String id, @RequestParam(required = false) String reasonCode,
			Authentication staff, Locale locale) {
		CaseDocument current = find(id);
		ActionForm form = ActionForm.check("reveal", reasonCode, null, null);
		if (!form.valid()) {
			return invalid(current, form, staff, locale);
		}
		this.actions.reveal(current, form, staff.getName());
		ModelAndView page = page(current, staff, HttpStatus.OK);
		page.addObject("revealed", true);
		return page;
	}

	@PostMapping(PATH + "/extension")
	ModelAndView extend(@PathVariable String id, @RequestParam(required = false) String reasonCode,
			@RequestParam(required = false) String reason, Authentication staff, Locale locale,
			RedirectAttributes redirect) {
		CaseDocument current = find(id);
		ActionForm form = ActionForm.check("extend", reasonCode, reason, "reason");
		return act(current, form, form, staff, locale, () -> {
			CaseDocument extended = this.actions.extend(current, form, staff.getName());
			return done(current, redirect, locale, "console.done.extended", extended.dueOn());
		});
	}

	@PostMapping(PATH + "/approval")
	ModelAndView approve(@PathVariable String id, @RequestParam(required = false) String reasonCode,
			@RequestParam(required = false) String reason, Authentication staff, Locale locale,
			RedirectAttributes redirect) {
		CaseDocument current = find(id);
		ActionForm form = ActionForm.check("approve", reasonCode, reason, "reason");
		return act(current, form, form, staff, locale, () -> {
			boolean identity = this.actions.approve(current, form, staff.getName());
			return done(current, redirect, locale,
					identity ? "console.done.approved-identity" : "console.done.approved");
		});
	}

	@PostMapping(PATH + "/refusal")
	ModelAndView deny(@PathVariable String id, @RequestParam(required = false) String reasonCode,
			@RequestParam(required = false) String reason, Authentication staff, Locale locale,
			RedirectAttributes redirect) {
		CaseDocument current = find(id);
		ActionForm form = ActionForm.check("deny", reasonCode, reason, "reason");
		return act(current, form, form, staff, locale, () -> {
			this.actions.deny(current, form, staff.getName());
			return done(current, redirect, locale, "console.done.denied");
		});
	}

	@PostMapping(PATH + "/cancellation")
	ModelAndView cancel(@PathVariable String id, @RequestParam(required = false) String reasonCode,
			@RequestParam(required = false) String reason, Authentication staff, Locale locale,
			RedirectAttributes redirect) {
		CaseDocument current = find(id);
		ActionForm form = ActionForm.check("cancel", reasonCode, reason, "reason");
		return act(current, form, form, staff, locale, () -> {
			this.actions.cancel(current, form, staff.getName());
			return done(current, redirect, locale, "console.done.cancelled");
		});
	}

	@PostMapping(PATH + "/tasks/{system}/retry")
	ModelAndView retry(@PathVariable String id, @PathVariable String system,
			@RequestParam(required = false) String reasonCode, Authentication staff, Locale locale,
			RedirectAttributes redirect) {
		CaseDocument current = find(id);
		ActionForm form = ActionForm.check("retry", reasonCode, null, null);
		return act(current, form, withSystem(form, system), staff, locale, () -> {
			this.actions.retryTask(current, system, form, staff.getName());
			return done(current, redirect, locale, "console.done.retried", system);
		});
	}

	@PostMapping(PATH + "/tasks/{system}/completion")
	ModelAndView complete(@PathVariable String id, @PathVariable String system,
			@RequestParam(required = false) String reasonCode, @RequestParam(required = false) String evidence,
			Authentication staff, Locale locale, RedirectAttributes redirect) {
		CaseDocument current = find(id);
		ActionForm form = ActionForm.check("complete", reasonCode, evidence, "evidence");
		return act(current, form, withSystem(form, system), staff, locale, () -> {
			this.actions.completeTask(current, system, form, staff.getName());
			return done(current, redirect, locale, "console.done.completed", system);
		});
	}

	/**
	 * Carries out an action: a form with errors comes back with them (400), a refusal
	 * with its reason (409), nothing changed either way; else the action's answer.
	 * @param shown the form as the page shows it again (its action names the task)
	 */
	private ModelAndView act(CaseDocument current, ActionForm form, ActionForm shown, Authentication staff,
			Locale locale, Supplier<ModelAndView> action) {
		if (!form.valid()) {
			return invalid(current, shown, staff, locale);
		}
		try {
			return action.get();
		}
		catch (ConsoleActions.Refused refused) {
			return refused(current, shown, refused, staff, locale);
		}
	}

	private CaseDocument find(String id) {
		return RequestId.parse(id)
			.flatMap((parsed) -> this.cases.find(parsed.toString()))
			.orElseThrow(CaseNotFound::new);
	}

	private ModelAndView done(CaseDocument current, RedirectAttributes redirect, Locale locale, String key,
			Object... args) {
		redirect.addFlashAttribute("flash", this.messages.getMessage(key, args, locale));
		return new ModelAndView("redirect:" + ConsoleSecurityConfiguration.BASE + "/cases/" + current.id());
	}

	private ModelAndView invalid(CaseDocument current, ActionForm form, Authentication staff, Locale locale) {
		ModelAndView page = page(current, staff, HttpStatus.BAD_REQUEST);
		page.addObject("form", form);
		page.addObject("error", this.messages.getMessage("console.form.invalid", null, locale));
		return page;
	}

	private ModelAndView refused(CaseDocument current, ActionForm form, ConsoleActions.Refused refused,
			Authentication staff, Locale locale) {
		// read again: a refusal changed nothing, but the page shows the case as it is now
		ModelAndView page = page(find(current.id()), staff, HttpStatus.CONFLICT);
		page.addObject("form", form);
		String text = this.messages.getMessage(refused.messageKey(), new Object[] { refused.getMessage() }, null,
				locale);
		page.addObject("error", (text != null) ? text
				: this.messages.getMessage("console.refused", new Object[] { refused.getMessage() }, locale));
		return page;
	}

	private static ActionForm withSystem(ActionForm form, String system) {
		return new ActionForm(form.action() + ":" + system, form.reasonCode(), form.text(), form.errors());
	}

	private ModelAndView page(CaseDocument current, Authentication staff, HttpStatus status) {
		ModelAndView page = new ModelAndView("console/case", status);
		CaseView view = this.views.view(current);
		page.addObject("c", view);
		page.addObject("row", this.queue.row(current));
		page.addObject("stored", current);
		page.addObject("revealed", false);
		page.addObject("subject", subject(current));
		page.addObject("awaitsReview", ConsoleActions.awaitsIdentityReview(current));
		page.addObject("open", !current.status().isTerminal());
		page.addObject("notices",
				current.timeline()
					.stream()
					.filter((entry) -> NOTICE_EVENTS.contains(entry.type()))
					.sorted(java.util.Comparator.comparing(TimelineEntry::at))
					.toList());
		page.addObject("auditEntries", this.audit.ofRequest(current.id()));
		page.addObject("reasons", ReasonCodes.BY_ACTION);
		OtherServices.Job job = erasureJob(current, staff);
		page.addObject("job", job);
		page.addObject("tasks", tasks(current, job));
		return page;
	}

	private OtherServices.Job erasureJob(CaseDocument current, Authentication staff) {
		if (current.type() != RequestType.ERASURE || current.status() == CaseStatus.AWAITING_VERIFICATION
				|| current.status() == CaseStatus.LOCKED || current.status() == CaseStatus.LINKED) {
			return null;
		}
		return this.services.erasureJob(current.id(), staff.getName());
	}

	/**
	 * The subject as the page shows it, masked (the reveal adds the full values).
	 *
	 * @param maskedEmail the masked address
	 * @param maskedAccount the masked account id, or {@code null}
	 * @param email the address
	 * @param accountId the account id
	 * @param language the language written to
	 * @param phone the phone number given
	 * @param country the country given
	 * @param details the subject's own words
	 * @param authorizedAgent whether an authorized agent made the request
	 */
	record SubjectView(String maskedEmail, String maskedAccount, String email, String accountId, String language,
			String phone, String country, String details, boolean authorizedAgent) {

		@Override
		public String toString() {
			return "SubjectView[redacted]";
		}

	}

	private static SubjectView subject(CaseDocument current) {
		String email = (current.subject() != null) ? current.subject().email() : null;
		String account = (current.subject() != null) ? current.subject().accountId() : null;
		String language = (current.subject() != null && current.subject().language() != null)
				? current.subject().language().name() : null;
		var details = current.details();
		return new SubjectView(Masked.address(email), Masked.account(account), email, account, language,
				(details != null) ? details.phone() : null, (details != null) ? details.country() : null,
				(details != null) ? details.text() : null, details != null && details.authorizedAgent());
	}

	/**
	 * One line of the tasks table: the case's view of a system (receipt outcomes) with
	 * erasure-worker's task when it could be read.
	 *
	 * @param systemId the system
	 * @param displayName its name
	 * @param state the task's state
	 * @param attempts instructions sent, or {@code null}
	 * @param lastError the last failure, or {@code null}
	 * @param escalateAt when it goes to a person, or {@code null}
	 * @param staffTask whether staff must record its outcome
	 * @param outcomes per category, as reported
	 */
	record TaskRow(String systemId, String displayName, String state, Integer attempts, String lastError,
			java.time.Instant escalateAt, boolean staffTask, List<String> outcomes) {

	}

	private static List<TaskRow> tasks(CaseDocument current, OtherServices.Job job) {
		Map<String, OtherServices.Task> fromJob = (job != null) ? job.bySystem() : Map.of();
		Map<String, TaskRow> rows = new LinkedHashMap<>();
		for (SystemProgress system : current.systems()) {
			OtherServices.Task task = fromJob.get(system.systemId());
			rows.put(system.systemId(),
					new TaskRow(system.systemId(), system.displayName(),
							(task != null && task.status() != null) ? task.status() : system.state().name(),
							(task != null) ? task.attempts() : null,
							(task != null && task.lastError() != null) ? task.lastError() : system.failure(),
							(task != null) ? task.escalateAt() : null, task != null && task.staffTask(),
							outcomes(system.outcomes())));
		}
		for (OtherServices.Task task : fromJob.values()) {
			rows.computeIfAbsent(task.systemId(), (id) -> new TaskRow(id, id, task.status(), task.attempts(),
					task.lastError(), task.escalateAt(), task.staffTask(), List.of()));
		}
		return new ArrayList<>(rows.values());
	}

	private static List<String> outcomes(List<CategoryOutcome> outcomes) {
		return outcomes.stream().map((outcome) -> {
			StringBuilder text = new StringBuilder(outcome.category()).append(": ")
				.append(outcome.outcome().name().toLowerCase(Locale.ROOT));
			if (outcome.technique() != null) {
				text.append(" (").append(outcome.technique()).append(')');
			}
			if (outcome.legalBasis() != null) {
				text.append(" (").append(outcome.legalBasis());
				if (outcome.retainedUntil() != null) {
					text.append(", ").append(outcome.retainedUntil());
				}
				text.append(')');
			}
			text.append(", ").append(outcome.records());
			return text.toString();
		}).toList();
	}

}
