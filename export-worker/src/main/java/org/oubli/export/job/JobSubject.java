package org.oubli.export.job;

import org.bson.Document;

import org.oubli.contracts.subject.EmailAddress;
import org.oubli.contracts.subject.Language;
import org.oubli.contracts.subject.Subject;

/**
 * The subject as a job stores it until its archive is purged: whom to collect for and to
 * write to.
 */
final class JobSubject {

	private JobSubject() {
	}

	static Document toDocument(Subject subject) {
		return new Document("email", subject.email().value()).append("accountId", subject.accountId())
			.append("language", (subject.language() != null) ? subject.language().name() : null);
	}

	static Subject of(Document job) {
		Document subject = job.get("subject", Document.class);
		String language = subject.getString("language");
		return new Subject(EmailAddress.of(subject.getString("email")), subject.getString("accountId"),
				(language != null) ? Language.valueOf(language) : null);
	}

}
