package org.oubli.intake.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The new text of a message: quoted history and signature removed, so that only what the
 * sender wrote now is classified. Cuts at the first reply header ("On ... wrote:", "Le
 * ... a écrit :", "-----Original Message-----", an Outlook "From:/De :" block, an
 * underscore rule), at the signature delimiter ("-- ") and at mobile signatures ("Sent
 * from my ...", "Envoyé de mon ..."); drops lines quoted with "&gt;".
 */
final class ReplyText {

	private static final Pattern WROTE = Pattern
		.compile("(?ims)^[ \\t]*(On\\b[^\\n]{0,200}?\\bwrote\\s*:|Le\\b[^\\n]{0,200}?\\ba\\s+[ée]crit\\s*:)[ \\t]*$");

	private static final Pattern CUT_LINE = Pattern.compile("(?i)^\\s*(-{2,}\\s*(Original Message|Message d'origine|"
			+ "Forwarded message|Message transf[ée]r[ée]|Mensaje original)\\s*-{0,}.*|_{10,}\\s*|"
			+ "(Sent from my|Envoy[ée] de mon|Envoy[ée] depuis|Get Outlook for|Obtenir Outlook pour)\\b.*)$");

	private static final Pattern SIGNATURE = Pattern.compile("^--\\s?$");

	private static final Pattern HEADER_FROM = Pattern.compile("(?i)^\\s*\\*?(From|De)\\s*:\\*?\\s.*");

	private static final Pattern HEADER_NEXT = Pattern
		.compile("(?i)^\\s*\\*?(Sent|Envoy[ée]|Date|To|[ÀA]|Subject|Objet|Cc)\\s*:.*");

	private ReplyText() {
	}

	static String newText(String body) {
		if (body == null) {
			return "";
		}
		String text = body.replace("\r\n", "\n").replace('\r', '\n');
		// "On Mon, 3 Nov 2026, X <x@y> wrote:" may be wrapped over two lines
		text = joinWrappedReplyHeader(text);
		var wrote = WROTE.matcher(text);
		if (wrote.find()) {
			text = text.substring(0, wrote.start());
		}
		String[] lines = text.split("\n", -1);
		List<String> kept = new ArrayList<>();
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			if (SIGNATURE.matcher(line).matches() || CUT_LINE.matcher(line).matches() || outlookHeader(lines, i)) {
				break;
			}
			if (!line.stripLeading().startsWith(">")) {
				kept.add(line);
			}
		}
		return String.join("\n", kept).strip();
	}

	private static String joinWrappedReplyHeader(String text) {
		return text.replaceAll("(?im)^([ \\t]*(On|Le)\\b[^\\n]{0,200})\\n([^\\n]{0,60}(wrote|[ée]crit)\\s*:[ \\t]*)$",
				"$1 $3");
	}

	private static boolean outlookHeader(String[] lines, int index) {
		if (!HEADER_FROM.matcher(lines[index]).matches()) {
			return false;
		}
		for (int next = index + 1; next < Math.min(lines.length, index + 5); next++) {
			if (HEADER_NEXT.matcher(lines[next]).matches()) {
				return true;
			}
		}
		return false;
	}

}
