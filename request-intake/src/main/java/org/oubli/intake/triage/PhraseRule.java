package org.oubli.intake.triage;

import java.util.List;
import java.util.Optional;

import org.oubli.contracts.RequestType;
import org.oubli.contracts.subject.Language;

/**
 * One phrase rule: analysed words in order, each either right after the previous one or,
 * after a gap marker, up to {@value #GAP} words later.
 *
 * @param type the right the phrase asks for, or {@code null} for "not a request"
 * @param language the analysis chain of the words
 * @param words the analysed words
 * @param gapBefore for each word, whether other words may stand before it
 * @param source the rule as written, for tests and logs
 */
record PhraseRule(RequestType type, Language language, List<String> words, List<Boolean> gapBefore, String source) {

	static final int GAP = 4;

	/** Where the phrase starts in the tokens, searching from the given index. */
	Optional<Integer> firstMatch(List<String> tokens, int from) {
		for (int start = from; start < tokens.size(); start++) {
			if (tokens.get(start).equals(this.words.get(0)) && matchesFrom(tokens, start, 1)) {
				return Optional.of(start);
			}
		}
		return Optional.empty();
	}

	private boolean matchesFrom(List<String> tokens, int previous, int word) {
		if (word == this.words.size()) {
			return true;
		}
		int reach = this.gapBefore.get(word) ? GAP + 1 : 1;
		for (int next = previous + 1; next <= previous + reach && next < tokens.size(); next++) {
			if (tokens.get(next).equals(this.words.get(word)) && matchesFrom(tokens, next, word + 1)) {
				return true;
			}
		}
		return false;
	}

	boolean notARequest() {
		return this.type == null;
	}

}
