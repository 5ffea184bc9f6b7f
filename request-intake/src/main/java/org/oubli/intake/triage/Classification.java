package org.oubli.intake.triage;

import java.util.List;
import java.util.Set;

import org.oubli.contracts.RequestType;
import org.oubli.contracts.subject.Language;

/**
 * What the classifier made of a text.
 *
 * @param confident {@code true} when every type found can be opened as a request without
 * a person; {@code false} sends the message to triage
 * @param types the types found (when not confident: suggestions for the person)
 * @param language the language the text is written in
 * @param reasons why it is not confident (empty when it is), in plain English without any
 * of the text
 */
public record Classification(boolean confident, Set<RequestType> types, Language language, List<String> reasons) {

	public Classification {
		types = Set.copyOf(types);
		reasons = List.copyOf(reasons);
	}

	/** Not a request the classifier can place: for a person. */
	public static Classification triage(Set<RequestType> suggested, Language language, List<String> reasons) {
		return new Classification(false, suggested, language, reasons);
	}

}
