package org.oubli.intake.triage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.oubli.contracts.RequestType;
import org.oubli.contracts.subject.Language;

import org.springframework.stereotype.Component;

/**
 * Reads French or English free text (an email's subject and body, quoted history and
 * signature already removed) into the request types it asks for, with the phrase rules of
 * {@code triage/classifier-rules.txt}. It places a message only when it is sure: any
 * doubt (no rule, a negation or condition before a phrase, a how/why question, a mailing
 * or automatic reply, a long letter, most of the rights at once) gives a triage
 * classification for a person, with the types it saw as suggestions.
 */
@Component
public class RequestClassifier {

	/** Longer texts are letters a person reads, not requests the rules can be sure of. */
	static final int MAX_CHARACTERS = 3000;

	/** Asking for more rights than this in one message is for a person. */
	static final int MAX_TYPES = 3;

	private static final String RULES = "/triage/classifier-rules.txt";

	private static final Pattern SENTENCES = Pattern.compile("(?<=[.!?;:])\\s+|\\n\\s*\\n|\\n(?=\\s*[-*•])");

	private static final int NEGATION_WINDOW = 5;

	private static final Set<String> NEGATIONS = Set.of("pas", "jamais", "aucun", "aucune", "sans", "not", "never",
			"no", "without", "cannot");

	private static final Set<String> CONDITIONS = Set.of("si", "if", "unless");

	private static final List<List<String>> QUESTION_OPENERS = List.of(List.of("comment"), List.of("pourquoi"),
			List.of("combien"), List.of("quand"), List.of("est", "il", "possible"), List.of("est", "ce", "possible"),
			List.of("dois", "je"), List.of("faut", "il"), List.of("how"), List.of("why"), List.of("when"),
			List.of("is", "it", "possible"), List.of("do", "i", "need"), List.of("do", "i", "have"),
			List.of("should", "i"));

	private static final Set<String> FRENCH_WORDS = Set.of("je", "vous", "le", "la", "les", "de", "des", "mon", "mes",
			"et", "est", "pour", "une", "un", "du", "que", "qui", "merci", "bonjour", "votre", "vos", "ne", "pas",
			"sur", "avec", "cordialement", "madame", "monsieur");

	private static final Set<String> ENGLISH_WORDS = Set.of("i", "you", "the", "my", "of", "and", "is", "to", "please",
			"your", "a", "for", "that", "hello", "hi", "thanks", "thank", "dear", "not", "me", "with", "regards", "on");

	private final List<PhraseRule> rules;

	private final TextAnalysis french = TextAnalysis.of(Language.FR);

	private final TextAnalysis english = TextAnalysis.of(Language.EN);

	public RequestClassifier() {
		this.rules = loadRules();
	}

	/**
	 * Classifies a text.
	 * @param text the subject and the body, quoted history and signature removed
	 * @param declared the language the message declares (header), or {@code null}
	 * @return the classification
	 */
	public Classification classify(String text, Language declared) {
		String content = (text != null) ? text.strip() : "";
		Language language = languageOf(content, declared);
		if (content.isEmpty()) {
			return Classification.triage(Set.of(), language, List.of("no text"));
		}
		Set<RequestType> types = EnumSet.noneOf(RequestType.class);
		Set<String> doubts = new LinkedHashSet<>();
		for (String sentence : SENTENCES.split(content)) {
			readSentence(sentence.strip(), types, doubts);
		}
		if (content.length() > MAX_CHARACTERS) {
			doubts.add("long message (over " + MAX_CHARACTERS + " characters)");
		}
		if (types.size() > MAX_TYPES) {
			doubts.add("more than " + MAX_TYPES + " rights in one message");
		}
		if (types.isEmpty() && doubts.isEmpty()) {
			doubts.add("no rule matched");
		}
		if (!doubts.isEmpty()) {
			return Classification.triage(types, language, List.copyOf(doubts));
		}
		return new Classification(true, types, language, List.of());
	}

	private void readSentence(String sentence, Set<RequestType> types, Set<String> doubts) {
		if (sentence.isEmpty()) {
			return;
		}
		List<String> words = TextAnalysis.words(sentence);
		List<String> frenchTokens = this.french.tokens(sentence);
		List<String> englishTokens = this.english.tokens(sentence);
		boolean question = isHowOrWhyQuestion(sentence, words);
		for (PhraseRule rule : this.rules) {
			List<String> tokens = (rule.language() == Language.EN) ? englishTokens : frenchTokens;
			Optional<Integer> start = rule.firstMatch(tokens, 0);
			if (start.isEmpty()) {
				continue;
			}
			if (rule.notARequest()) {
				doubts.add("looks like a mailing or an automatic reply (rule: " + rule.source() + ")");
			}
			else if (question) {
				doubts.add("a how/why question, not a request (rule: " + rule.source() + ")");
				types.add(rule.type());
			}
			else if (negatedOrConditional(words, start.get())) {
				doubts.add("negation or condition before a phrase (rule: " + rule.source() + ")");
				types.add(rule.type());
			}
			else {
				types.add(rule.type());
			}
		}
	}

	private static boolean negatedOrConditional(List<String> words, int start) {
		int end = Math.min(start, words.size());
		for (int i = 0; i < end; i++) {
			String word = words.get(i);
			if (CONDITIONS.contains(word)) {
				return true;
			}
			boolean near = i >= start - NEGATION_WINDOW;
			if (near && (NEGATIONS.contains(word) || word.endsWith("n't") || word.endsWith("n’t"))) {
				return true;
			}
		}
		return false;
	}

	private static boolean isHowOrWhyQuestion(String sentence, List<String> words) {
		if (!sentence.endsWith("?")) {
			return false;
		}
		for (List<String> opener : QUESTION_OPENERS) {
			if (words.size() >= opener.size() && words.subList(0, opener.size()).equals(opener)) {
				return true;
			}
		}
		return false;
	}

	/** The language of the text by its common words; the declared one breaks a tie. */
	static Language languageOf(String text, Language declared) {
		int french = 0;
		int english = 0;
		for (String word : TextAnalysis.words(text)) {
			french += FRENCH_WORDS.contains(word) ? 1 : 0;
			english += ENGLISH_WORDS.contains(word) ? 1 : 0;
		}
		if (french == english) {
			return (declared != null) ? declared : Language.FR;
		}
		return (french > english) ? Language.FR : Language.EN;
	}

	List<PhraseRule> rules() {
		return this.rules;
	}

	private static List<PhraseRule> loadRules() {
		List<PhraseRule> rules = new ArrayList<>();
		try (InputStream in = RequestClassifier.class.getResourceAsStream(RULES)) {
			if (in == null) {
				throw new IllegalStateException("classifier rules missing: " + RULES);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			while ((line = reader.readLine()) != null) {
				String rule = line.strip();
				if (!rule.isEmpty() && !rule.startsWith("#")) {
					rules.add(parse(rule));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return List.copyOf(rules);
	}

	static PhraseRule parse(String rule) {
		String[] parts = rule.split("\\s+");
		if (parts.length < 3) {
			throw new IllegalArgumentException("rule needs a type, a language and words: " + rule);
		}
		RequestType type = "NOT_A_REQUEST".equals(parts[0]) ? null : RequestType.valueOf(parts[0]);
		Language language = Language.valueOf(parts[1].toUpperCase(Locale.ROOT));
		TextAnalysis analysis = TextAnalysis.of(language);
		List<String> words = new ArrayList<>();
		List<Boolean> gaps = new ArrayList<>();
		boolean gap = false;
		for (int i = 2; i < parts.length; i++) {
			if ("…".equals(parts[i]) || "...".equals(parts[i])) {
				gap = true;
				continue;
			}
			for (String token : analysis.tokens(parts[i])) {
				words.add(token);
				gaps.add(gap);
				gap = false;
			}
		}
		if (words.isEmpty()) {
			throw new IllegalArgumentException("rule has no words: " + rule);
		}
		return new PhraseRule(type, language, List.copyOf(words), List.copyOf(gaps), rule);
	}

}
