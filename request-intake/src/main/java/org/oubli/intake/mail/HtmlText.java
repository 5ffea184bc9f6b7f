package org.oubli.intake.mail;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * An HTML body as plain text (jsoup): quoted history ({@code blockquote}, Gmail's and
 * Outlook's reply containers), scripts and styles removed, line breaks kept where blocks
 * and {@code br} are, so that reply and signature stripping work on lines.
 */
final class HtmlText {

	private static final String QUOTES = "blockquote, .gmail_quote, .yahoo_quoted, #divRplyFwdMsg, #appendonsend, "
			+ "div.moz-cite-prefix, script, style, head, title";

	private HtmlText() {
	}

	static String of(String html) {
		Document document = Jsoup.parse(html);
		document.select(QUOTES).remove();
		StringBuilder text = new StringBuilder();
		document.body().traverse(new NodeVisitor() {
			@Override
			public void head(Node node, int depth) {
				if (node instanceof TextNode textNode) {
					text.append(textNode.text());
				}
				else if (node instanceof Element element && (element.nameIs("br") || element.isBlock())) {
					text.append('\n');
				}
			}

			@Override
			public void tail(Node node, int depth) {
				if (node instanceof Element element && element.isBlock()) {
					text.append('\n');
				}
			}
		});
		return text.toString().replace('\u00a0', ' ').replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n");
	}

}
