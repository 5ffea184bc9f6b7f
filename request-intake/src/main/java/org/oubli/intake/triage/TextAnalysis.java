package org.oubli.intake.triage;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;

import org.oubli.contracts.subject.Language;

/**
 * Turns text into the tokens the phrase rules are matched on, with Lucene's analysis
 * chain for each language: Unicode word tokenising, elision ({@code d'accès} gives
 * {@code accès}) or English possessives, lower case, accent folding ({@code données} and
 * {@code donnees} match) and the Snowball stemmer of the language ({@code supprimer} and
 * {@code supprimez} meet on one stem). Nothing is removed as a stop word: negations and
 * question words must stay visible.
 */
final class TextAnalysis {

	private static final CharArraySet FRENCH_ARTICLES = FrenchAnalyzer.DEFAULT_ARTICLES;

	private static final TextAnalysis PLAIN = new TextAnalysis(plain());

	private static final TextAnalysis FRENCH = new TextAnalysis(french());

	private static final TextAnalysis ENGLISH = new TextAnalysis(english());

	private final Analyzer analyzer;

	private TextAnalysis(Analyzer analyzer) {
		this.analyzer = analyzer;
	}

	static TextAnalysis of(Language language) {
		return (language == Language.EN) ? ENGLISH : FRENCH;
	}

	/** The analysed tokens of the text, in order. */
	List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = this.analyzer.tokenStream("text", new StringReader(text))) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return tokens;
	}

	/** The plain words of the text: lower case, accents folded, not stemmed. */
	static List<String> words(String text) {
		return PLAIN.tokens(text);
	}

	private static Analyzer french() {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer source = new StandardTokenizer();
				TokenStream stream = new ElisionFilter(source, FRENCH_ARTICLES);
				stream = new LowerCaseFilter(stream);
				// folded before stemming: "donnees" and "données" must meet on one stem
				stream = new ASCIIFoldingFilter(stream);
				stream = new SnowballFilter(stream, new FrenchStemmer());
				return new TokenStreamComponents(source, stream);
			}
		};
	}

	private static Analyzer english() {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer source = new StandardTokenizer();
				TokenStream stream = new EnglishPossessiveFilter(source);
				stream = new LowerCaseFilter(stream);
				stream = new ASCIIFoldingFilter(stream);
				stream = new SnowballFilter(stream, new EnglishStemmer());
				return new TokenStreamComponents(source, stream);
			}
		};
	}

	private static Analyzer plain() {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer source = new StandardTokenizer();
				TokenStream stream = new ElisionFilter(source, FRENCH_ARTICLES);
				stream = new LowerCaseFilter(stream);
				stream = new ASCIIFoldingFilter(stream);
				return new TokenStreamComponents(source, stream);
			}
		};
	}

}
