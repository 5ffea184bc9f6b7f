package org.oubli.export.archive;

import java.io.Writer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.oubli.contracts.registry.CategoryDescriptor;
import org.oubli.contracts.registry.IntegrationMode;
import org.oubli.contracts.registry.LocalizedText;
import org.oubli.contracts.registry.SystemDescriptor;
import org.oubli.contracts.subject.Language;

import org.springframework.stereotype.Component;

/**
 * Renders {@code summary.html} ({@code export/summary.html}, words from
 * {@code export/summary_<lang>.properties}) in the subject's language with the nine items
 * of GDPR Art. 15: purposes, categories, named recipients, retention, rights, complaint
 * authority, source, automated decisions and transfer safeguards. Per-category items come
 * from the registry; an item the registry left empty says so rather than vanish.
 */
@Component
public class SummaryRenderer {

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	private final SummaryProperties properties;

	public SummaryRenderer(SummaryProperties properties) {
		this.properties = properties;
		properties.authority();
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("export/");
		resolver.setSuffix(".html");
		resolver.setCharacterEncoding("UTF-8");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCacheable(true);
		this.engine.setTemplateResolver(resolver);
	}

	/** One category row of the summary. */
	public record CategoryRow(String system, String category, long records, String purpose, String recipients,
			String retention, String source) {
	}

	/** A system asked separately. */
	public record SeparateRow(String system, String how, String categories) {
	}

	/**
	 * Writes the summary.
	 * @param request the archive's request
	 * @param counts records per {@code system/category}
	 * @param out where to
	 */
	public void render(ArchiveRequest request, Map<String, Long> counts, Writer out) {
		Language language = (request.subject().language() != null) ? request.subject().language() : Language.FR;
		Context context = new Context(language.locale());
		context.setVariable("lang", language.name().toLowerCase(java.util.Locale.ROOT));
		context.setVariable("requestId", request.requestId());
		context.setVariable("type", request.type().name());
		context.setVariable("createdOn", LocalDate.ofInstant(request.createdAt(), ZoneOffset.UTC).toString());
		context.setVariable("controller", this.properties.controller());
		context.setVariable("contact", this.properties.contact());
		List<CategoryRow> rows = new ArrayList<>();
		for (ArchiveRequest.CollectedSystem system : request.collected()) {
			for (CategoryDescriptor category : system.descriptor().categories()) {
				rows.add(row(system.descriptor(), category,
						counts.getOrDefault(system.descriptor().id() + "/" + category.name(), 0L), language));
			}
		}
		context.setVariable("rows", rows);
		context.setVariable("separate",
				request.askedSeparately().stream().map((system) -> separate(system, language)).toList());
		SummaryProperties.Authority authority = this.properties.authority();
		context.setVariable("authorityName", authority.name().in(language));
		context.setVariable("authorityUrl", authority.url());
		context.setVariable("automatedDecisions", text(this.properties.automatedDecisions(), language));
		context.setVariable("transferSafeguards", text(this.properties.transferSafeguards(), language));
		this.engine.process("summary", context, out);
	}

	private static CategoryRow row(SystemDescriptor system, CategoryDescriptor category, long records,
			Language language) {
		String recipients = category.recipients().isEmpty() ? null : String.join(", ", category.recipients());
		return new CategoryRow(name(system), category.name(), records, text(category.purpose(), language), recipients,
				text(category.retention(), language), text(category.source(), language));
	}

	private static SeparateRow separate(SystemDescriptor system, Language language) {
		String how = (system.mode() == IntegrationMode.PROCESSOR_EMAIL && system.processor() != null)
				? system.processor().organisation() : null;
		return new SeparateRow(name(system), how,
				String.join(", ", system.categories().stream().map(CategoryDescriptor::name).toList()));
	}

	private static String name(SystemDescriptor system) {
		return (system.displayName() != null) ? system.displayName() : system.id();
	}

	private static String text(LocalizedText text, Language language) {
		return (text != null) ? text.in(language) : null;
	}

}
