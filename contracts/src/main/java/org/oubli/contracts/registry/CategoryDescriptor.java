package org.oubli.contracts.registry;

import java.time.Period;
import java.util.List;
import java.util.Objects;

import org.oubli.contracts.connector.ErasureAction;

/**
 * One category of personal data a system holds, with what Art. 15 requires to be said
 * about it and what happens to it on erasure.
 *
 * @param name stable category name ({@code invoices})
 * @param purpose why it is processed
 * @param recipients named recipients or categories of recipients
 * @param retention how long it is kept, as told to subjects
 * @param source where the data comes from
 * @param action what erasure does to it
 * @param technique for {@link ErasureAction#ANONYMISE}: {@code placeholder},
 * {@code keyed-hash}, {@code generalise}, {@code ip-truncation}
 * @param legalBasis for {@link ErasureAction#RETAIN}: the law that requires keeping it
 * @param retainFor for {@link ErasureAction#RETAIN}: how long from the fan-out date
 */
public record CategoryDescriptor(String name, LocalizedText purpose, List<String> recipients, LocalizedText retention,
		LocalizedText source, ErasureAction action, String technique, String legalBasis, Period retainFor) {

	public CategoryDescriptor {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(action, "action");
		recipients = (recipients != null) ? List.copyOf(recipients) : List.of();
	}

}
