package org.oubli.erasure.registry;

import java.time.Period;
import java.util.List;

import org.oubli.contracts.connector.ErasureAction;
import org.oubli.contracts.registry.CategoryDescriptor;

/**
 * One category of a system as submitted (YAML seed or admin API), checked by
 * {@link SystemValidator} before it becomes a {@link CategoryDescriptor}.
 *
 * @param name stable category name ({@code invoices})
 * @param purpose why it is processed (Art. 15(1)(a))
 * @param recipients named recipients (Art. 15(1)(c)), may be empty
 * @param retention how long it is kept, as told to subjects (Art. 15(1)(d))
 * @param source where it comes from (Art. 15(1)(g))
 * @param action what erasure does to it
 * @param technique for ANONYMISE: one of the {@code AnonymisationTechnique} wire names
 * @param legalBasis for RETAIN: the law that requires keeping it
 * @param retainFor for RETAIN: how long from the fan-out date ({@code P10Y})
 */
public record CategoryDraft(String name, TextDraft purpose, List<String> recipients, TextDraft retention,
		TextDraft source, ErasureAction action, String technique, String legalBasis, Period retainFor) {

	CategoryDescriptor toDescriptor() {
		return new CategoryDescriptor(this.name, this.purpose.toText(), this.recipients, this.retention.toText(),
				this.source.toText(), this.action, this.technique, this.legalBasis, this.retainFor);
	}

	static CategoryDraft of(CategoryDescriptor category) {
		return new CategoryDraft(category.name(), TextDraft.of(category.purpose()), category.recipients(),
				TextDraft.of(category.retention()), TextDraft.of(category.source()), category.action(),
				category.technique(), category.legalBasis(), category.retainFor());
	}

}
