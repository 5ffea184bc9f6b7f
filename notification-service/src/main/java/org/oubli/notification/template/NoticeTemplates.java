package org.oubli.notification.template;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import java.util.Optional;

import org.oubli.contracts.RequestType;
import org.oubli.contracts.events.DeadlineExtended;
import org.oubli.contracts.events.RequestClosed;
import org.oubli.contracts.events.CaseSlaChanged;
import org.oubli.contracts.events.RequestCompleted;
import org.oubli.contracts.events.RequestLinked;
import org.oubli.contracts.events.RequestReceived;
import org.oubli.contracts.events.VerificationReminderDue;
import org.oubli.contracts.events.RequestNeedsAttention;
import org.oubli.contracts.events.SlaState;
import org.oubli.contracts.events.VerificationCodeIssued;
import org.oubli.contracts.subject.Language;
import org.oubli.contracts.subject.Subject;
import org.oubli.notification.NotificationProperties;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.stereotype.Component;

/**
 * Renders each notice from the Thymeleaf templates under
 * {@code notification/mail/<lang>/} (a {@code .txt} and an {@code .html} per notice), in
 * the subject's language (French when none is known); the staff alert from
 * {@code notification/mail/staff/}, in French then English.
 */
@Component
public class NoticeTemplates {

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	private final NotificationProperties properties;

	private final Authorities authorities = Authorities.load();

	private final Map<Language, Vocabulary> vocabularies = Map.of(Language.FR, new Vocabulary(Language.FR), Language.EN,
			new Vocabulary(Language.EN));

	public NoticeTemplates(NotificationProperties properties) {
		this.properties = properties;
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("notification/mail/");
		resolver.setCharacterEncoding("UTF-8");
		resolver.setTemplateMode(TemplateMode.TEXT);
		resolver.getTextTemplateModePatternSpec().addPattern("*.txt");
		resolver.getHtmlTemplateModePatternSpec().addPattern("*.html");
		resolver.setCacheable(true);
		this.engine.setTemplateResolver(resolver);
	}

	/**
	 * The email carrying a one-time code.
	 * @param event the event
	 * @param code the code, opened from the event
	 * @return the email
	 */
	public RenderedEmail verificationCode(VerificationCodeIssued event, String code) {
		Language language = languageOf(event.subject());
		Vocabulary words = this.vocabularies.get(language);
		Context context = new Context(language.locale());
		context.setVariable("code", code);
		context.setVariable("link", this.properties.verificationLink(event.requestId(), code(language)));
		context.setVariable("expiresAt", words.dateTime(event.expiresAt().atZone(this.properties.zone())));
		context.setVariable("maxAttempts", event.maxAttempts());
		return render("verification-code", language, words.word("subject.verification-code"), context);
	}

	/** The email telling what an erasure did, system by system. */
	public RenderedEmail erasureCompleted(RequestCompleted event) {
		Language language = languageOf(event.subject());
		Vocabulary words = this.vocabularies.get(language);
		CompletionReport report = CompletionReport.of(event.systems(), words);
		Context context = new Context(language.locale());
		context.setVariable("requestId", event.requestId());
		context.setVariable("completedOn", words.date((event.completedAt() != null)
				? LocalDate.ofInstant(event.completedAt(), this.properties.zone()) : null));
		context.setVariable("systems", report.systems());
		context.setVariable("anyRetained", report.anyRetained());
		context.setVariable("contact", this.properties.contact());
		return render("erasure-completed", language, words.word("subject.erasure-completed"), context);
	}

	/**
	 * The alert to the staff mailbox, French then English: the request id, the reason and
	 * a link to the case; nothing about the subject.
	 */
	public RenderedEmail staffAlert(RequestNeedsAttention event) {
		Context context = new Context(Language.FR.locale());
		context.setVariable("requestId", event.requestId());
		context.setVariable("reason",
				(event.reason() != null && !event.reason().isBlank()) ? event.reason().strip() : "-");
		context.setVariable("link", this.properties.caseLink(event.requestId()));
		String subject = this.vocabularies.get(Language.FR).word("subject.staff-alert") + " / "
				+ this.vocabularies.get(Language.EN).word("subject.staff-alert") + " (" + event.requestId() + ")";
		return new RenderedEmail(List.of(Language.FR, Language.EN), subject,
				this.engine.process("staff/staff-alert.txt", context),
				this.engine.process("staff/staff-alert.html", context));
	}

	// --- case notices (issue 3) ---

	/** The acknowledgement of a new request: reference, due date. */
	public RenderedEmail acknowledgement(RequestReceived event) {
		Language language = languageOf(event.subject());
		Vocabulary words = this.vocabularies.get(language);
		Context context = caseContext(event.requestId(), event.type(), language, words);
		context.setVariable("receivedOn", words.date(
				(event.receivedAt() != null) ? LocalDate.ofInstant(event.receivedAt(), this.properties.zone()) : null));
		context.setVariable("dueOn", words.date(event.dueOn()));
		context.setVariable("verificationNeeded", !"account".equals(event.channel()));
		return render("acknowledgement", language, words.word("subject.acknowledgement"), context);
	}

	/** The reminder to confirm a request before its verification period ends. */
	public RenderedEmail verificationReminder(VerificationReminderDue event) {
		Language language = languageOf(event.subject());
		Vocabulary words = this.vocabularies.get(language);
		Context context = new Context(language.locale());
		context.setVariable("requestId", event.requestId());
		context.setVariable("verifyBy", words.dateTime(event.verifyBy().atZone(this.properties.zone())));
		context.setVariable("link", this.properties.verificationLink(event.requestId(), code(language)));
		return render("verification-reminder", language, words.word("subject.verification-reminder"), context);
	}

	/** The extension of a deadline, with staff's reasons and the new date. */
	public RenderedEmail deadlineExtended(DeadlineExtended event) {
		Language language = languageOf(event.subject());
		Vocabulary words = this.vocabularies.get(language);
		Context context = caseContext(event.requestId(), event.type(), language, words);
		context.setVariable("previousDueOn", words.date(event.previousDueOn()));
		context.setVariable("newDueOn", words.date(event.newDueOn()));
		context.setVariable("reason", textOrDash(event.reason()));
		return render("deadline-extended", language, words.word("subject.deadline-extended"), context);
	}

	/**
	 * The refusal: staff's reasons, the authority competent for the case's jurisdiction
	 * (or a generic one) and the right to a judicial remedy.
	 */
	public RenderedEmail refusal(RequestClosed event) {
		Language language = languageOf(event.subject());
		Vocabulary words = this.vocabularies.get(language);
		Context context = caseContext(event.requestId(), event.type(), language, words);
		context.setVariable("explanation", textOrDash(event.explanation()));
		Optional<Authorities.Authority> authority = this.authorities.forJurisdiction(event.jurisdiction());
		context.setVariable("authorityName",
				authority.map((found) -> found.nameIn(language)).orElse(words.word("authority.fallback")));
		context.setVariable("authorityAcronym", authority.map(Authorities.Authority::acronym).orElse(null));
		context.setVariable("authorityCountry", authority.map((found) -> found.countryIn(language)).orElse(null));
		context.setVariable("authorityWebsite", authority.map(Authorities.Authority::website).orElse(null));
		return render("request-refused", language, words.word("subject.request-refused"), context);
	}

	/**
	 * The closure of a case that was not carried out (unverified, cancelled, by staff).
	 */
	public RenderedEmail closure(RequestClosed event) {
		Language language = languageOf(event.subject());
		Vocabulary words = this.vocabularies.get(language);
		Context context = caseContext(event.requestId(), event.type(), language, words);
		context.setVariable("closedOn", words
			.date((event.closedAt() != null) ? LocalDate.ofInstant(event.closedAt(), this.properties.zone()) : null));
		context.setVariable("reasonText", words.word("closure." + event.reason().name()));
		context.setVariable("explanation",
				(event.explanation() != null && !event.explanation().isBlank()) ? event.explanation().strip() : null);
		return render("request-closed", language, words.word("subject.request-closed"), context);
	}

	/** A repeated request linked to the open case. */
	public RenderedEmail linked(RequestLinked event) {
		Language language = languageOf(event.subject());
		Vocabulary words = this.vocabularies.get(language);
		Context context = caseContext(event.requestId(), event.type(), language, words);
		context.setVariable("openRequestId", event.openRequestId());
		return render("request-linked", language, words.word("subject.request-linked"), context);
	}

	private Context caseContext(String requestId, RequestType type, Language language, Vocabulary words) {
		Context context = new Context(language.locale());
		context.setVariable("requestId", requestId);
		context.setVariable("requestName", words.requestName(type));
		context.setVariable("contact", this.properties.contact());
		return context;
	}

	private static String textOrDash(String text) {
		return (text != null && !text.isBlank()) ? text.strip() : "-";
	}

	/**
	 * The alert to the staff mailbox when a case becomes at risk or overdue, French then
	 * English: request id, type, due date, states and a link to the case; nothing about
	 * the subject.
	 */
	public RenderedEmail slaAlert(CaseSlaChanged event) {
		Context context = new Context(Language.FR.locale());
		context.setVariable("requestId", event.requestId());
		context.setVariable("type", (event.type() != null) ? event.type().name().toLowerCase(Locale.ROOT) : "-");
		context.setVariable("dueOn", String.valueOf(event.dueOn()));
		context.setVariable("from", (event.from() != null) ? event.from().name().toLowerCase(Locale.ROOT) : "-");
		context.setVariable("to", event.to().name().toLowerCase(Locale.ROOT));
		context.setVariable("overdue", event.to() == SlaState.OVERDUE);
		context.setVariable("daysLeft",
				(event.changedAt() != null && event.dueOn() != null)
						? Math.max(0,
								java.time.temporal.ChronoUnit.DAYS.between(
										LocalDate.ofInstant(event.changedAt(), this.properties.zone()), event.dueOn()))
						: "-");
		context.setVariable("link", this.properties.caseLink(event.requestId()));
		String subject = this.vocabularies.get(Language.FR).word("subject.sla-alert") + " / "
				+ this.vocabularies.get(Language.EN).word("subject.sla-alert") + " ("
				+ event.to().name().toLowerCase(Locale.ROOT) + ", " + event.requestId() + ")";
		return new RenderedEmail(List.of(Language.FR, Language.EN), subject,
				this.engine.process("staff/sla-alert.txt", context),
				this.engine.process("staff/sla-alert.html", context));
	}

	private RenderedEmail render(String notice, Language language, String subject, Context context) {
		String folder = code(language) + "/";
		return new RenderedEmail(language, subject, this.engine.process(folder + notice + ".txt", context),
				this.engine.process(folder + notice + ".html", context));
	}

	/** French unless the subject asked for another language. */
	public static Language languageOf(Subject subject) {
		return (subject != null && subject.language() != null) ? subject.language() : Language.FR;
	}

	private static String code(Language language) {
		return language.name().toLowerCase(Locale.ROOT);
	}

}
