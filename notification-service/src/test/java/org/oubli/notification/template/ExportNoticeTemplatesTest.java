package org.oubli.notification.template;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import org.oubli.contracts.RequestType;
import org.oubli.contracts.events.ExportReady;
import org.oubli.contracts.subject.EmailAddress;
import org.oubli.contracts.subject.Language;
import org.oubli.contracts.subject.Subject;
import org.oubli.notification.NotificationProperties;

import static org.assertj.core.api.Assertions.assertThat;

class ExportNoticeTemplatesTest {

	private static final String LINK = "http://localhost:8084/api/v1/exports/abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ";

	private final ExportNoticeTemplates templates = new ExportNoticeTemplates(new NotificationProperties(
			"Oubli <no-reply@oubli.localhost>", URI.create("http://localhost:8082/"), "privacy@oubli.localhost",
			ZoneId.of("Europe/Paris"), "privacy-team@oubli.localhost", URI.create("http://intake.example:8081/")));

	@Test
	void theFrenchEmailCarriesTheLinkTheExpiryAndTheLimit() {
		RenderedEmail email = this.templates.exportReady(ready(Language.FR, RequestType.ACCESS), LINK);

		assertThat(email.subject()).isEqualTo("Oubli : la copie de vos données est prête");
		assertThat(email.text()).contains(LINK, "3 téléchargements", "summary.html", "req-1");
		assertThat(email.html()).contains("href=\"" + LINK + "\"", "Télécharger mes données");
	}

	@Test
	void theEnglishPortabilityEmailSpeaksOfMachineReadableFiles() {
		RenderedEmail email = this.templates.exportReady(ready(Language.EN, RequestType.PORTABILITY), LINK);

		assertThat(email.subject()).isEqualTo("Oubli: the copy of your data is ready");
		assertThat(email.text()).contains(LINK, "at most 3 downloads", "machine-readable")
			.doesNotContain("summary.html");
		assertThat(email.html()).contains("Download my data");
	}

	private static ExportReady ready(Language language, RequestType type) {
		return new ExportReady("req-1", type,
				new Subject(EmailAddress.of("camille.martin@example.fr"), "acc-1001", language), "sealed",
				Instant.parse("2026-03-12T09:30:00Z"), 3);
	}

}
