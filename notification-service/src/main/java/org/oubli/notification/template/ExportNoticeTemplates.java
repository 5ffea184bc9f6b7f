package org.oubli.notification.template;

import java.util.Locale;
import java.util.Map;

import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.oubli.contracts.RequestType;
import org.oubli.contracts.events.ExportReady;
import org.oubli.contracts.subject.Language;
import org.oubli.notification.NotificationProperties;

import org.springframework.stereotype.Component;

/**
 * The email with the download link of an export (access or portability), from
 * {@code notification/mail/<lang>/export-ready.{txt,html}} in the subject's language
 * (issue 4; kept apart from {@link NoticeTemplates}).
 */
@Component
public class ExportNoticeTemplates {

	private static final Map<Language, String> SUBJECTS = Map.of(Language.FR,
			"Oubli : la copie de vos données est prête", Language.EN, "Oubli: the copy of your data is ready");

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	private final NotificationProperties properties;

	public ExportNoticeTemplates(NotificationProperties properties) {
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
	 * The email.
	 * @param event the event
	 * @param link the download link, opened from the event
	 * @return the email
	 */
	public RenderedEmail exportReady(ExportReady event, String link) {
		Language language = NoticeTemplates.languageOf(event.subject());
		Vocabulary words = new Vocabulary(language);
		Context context = new Context(language.locale());
		context.setVariable("requestId", event.requestId());
		context.setVariable("portability", event.type() == RequestType.PORTABILITY);
		context.setVariable("link", link);
		context.setVariable("expiresAt", words.dateTime(event.expiresAt().atZone(this.properties.zone())));
		context.setVariable("maxDownloads", event.maxDownloads());
		context.setVariable("contact", this.properties.contact());
		String folder = language.name().toLowerCase(Locale.ROOT) + "/";
		return new RenderedEmail(language, SUBJECTS.get(language),
				this.engine.process(folder + "export-ready.txt", context),
				this.engine.process(folder + "export-ready.html", context));
	}

}
