package org.oubli.notification.template;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.oubli.contracts.connector.CategoryInstruction;
import org.oubli.contracts.events.ErasureDelegated;
import org.oubli.contracts.subject.Language;
import org.oubli.notification.NotificationProperties;

import org.springframework.stereotype.Component;

/**
 * The emails of an erasure a person carries out ({@code ErasureDelegated}), French then
 * English: to a processor's privacy contact (GDPR Art. 19), with only the identifiers the
 * instruction gives that processor and the action per category; and to the staff mailbox
 * for a manual system, with the request id and system only. Templates under
 * {@code notification/mail/delegation/}.
 */
@Component
public class ErasureDelegationTemplates {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	private final NotificationProperties properties;

	public ErasureDelegationTemplates(NotificationProperties properties) {
		this.properties = properties;
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("notification/mail/delegation/");
		resolver.setCharacterEncoding("UTF-8");
		resolver.setTemplateMode(TemplateMode.TEXT);
		resolver.getTextTemplateModePatternSpec().addPattern("*.txt");
		resolver.getHtmlTemplateModePatternSpec().addPattern("*.html");
		resolver.setCacheable(true);
		this.engine.setTemplateResolver(resolver);
	}

	/** The request to a processor's privacy contact. */
	public RenderedEmail processorErasure(ErasureDelegated event) {
		Context context = context(event);
		context.setVariable("organisation", event.processor().organisation());
		context.setVariable("email",
				(event.instruction().subject() != null && event.instruction().subject().email() != null)
						? event.instruction().subject().email().value() : null);
		context.setVariable("accountId",
				(event.instruction().subject() != null) ? event.instruction().subject().accountId() : null);
		context.setVariable("idempotencyKey", event.instruction().idempotencyKey());
		context.setVariable("contact", this.properties.contact());
		String subject = "Demande d’effacement RGPD / GDPR erasure request (" + event.requestId() + ")";
		return new RenderedEmail(List.of(Language.FR, Language.EN), subject,
				this.engine.process("processor-erasure.txt", context),
				this.engine.process("processor-erasure.html", context));
	}

	/** The task for the staff mailbox: a manual system to erase by hand. */
	public RenderedEmail manualErasure(ErasureDelegated event) {
		Context context = context(event);
		context.setVariable("link", this.properties.caseLink(event.requestId()));
		String subject = "Oubli : effacement manuel à faire / manual erasure to do (" + event.requestId() + ")";
		return new RenderedEmail(List.of(Language.FR, Language.EN), subject,
				this.engine.process("manual-erasure.txt", context),
				this.engine.process("manual-erasure.html", context));
	}

	private Context context(ErasureDelegated event) {
		Context context = new Context(Language.FR.locale());
		context.setVariable("requestId", event.requestId());
		context.setVariable("system", (event.displayName() != null) ? event.displayName() : event.systemId());
		context.setVariable("systemId", event.systemId());
		context.setVariable("answerBy",
				(event.answerBy() != null) ? DAY.format(event.answerBy().atZone(this.properties.zone())) : "-");
		List<String> categories = event.instruction()
			.categories()
			.stream()
			.map(ErasureDelegationTemplates::describe)
			.toList();
		context.setVariable("categories", categories);
		return context;
	}

	/** {@code invoices: RETAIN (Code de commerce, art. L123-22) until 2036-03-05}. */
	private static String describe(CategoryInstruction category) {
		return switch (category.action()) {
			case ERASE -> category.category() + ": ERASE";
			case ANONYMISE -> category.category() + ": ANONYMISE (" + category.technique() + ")";
			case RETAIN ->
				category.category() + ": RETAIN (" + category.legalBasis() + ") until " + category.retainUntil();
		};
	}

}
