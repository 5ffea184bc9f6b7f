package org.oubli.devstack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What a subject does, step by step, against the running stack: ask, read the code in the
 * mailbox, confirm, and wait for the case to complete.
 */
final class ErasureJourney {

	private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

	private final DevStack stack;

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	ErasureJourney(DevStack stack) {
		this.stack = stack;
	}

	/** Submits an erasure request and returns the 202 answer. */
	JsonNode submit(String email, String language, String accountId) {
		String body = "{\"type\":\"erasure\",\"email\":\"" + email + "\",\"language\":\"" + language
				+ "\",\"accountId\":\"" + accountId + "\"}";
		HttpResponse<String> response = post(this.stack.urlOf("request-intake") + "/api/v1/requests", body);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		return this.json.readTree(response.body());
	}

	/** Waits for the verification email to the address and returns the code in it. */
	String codeFromMailbox(String email) {
		MimeMessage message = awaitMail(email, "code");
		Matcher matcher = CODE.matcher(MailboxPage.safeText(message));
		assertThat(matcher.find()).as("a six-digit code in the verification email").isTrue();
		return matcher.group(1);
	}

	HttpResponse<String> confirm(String requestId, String code) {
		return post(this.stack.urlOf("identity-verification") + "/api/v1/requests/" + requestId + "/verification",
				"{\"code\":\"" + code + "\"}");
	}

	JsonNode caseOf(String requestId) {
		HttpResponse<String> response = get(this.stack.urlOf("request-intake") + "/api/v1/requests/" + requestId);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return this.json.readTree(response.body());
	}

	JsonNode awaitStatus(String requestId, String status) {
		await().atMost(Duration.ofSeconds(90))
			.pollInterval(Duration.ofMillis(500))
			.untilAsserted(() -> assertThat(caseOf(requestId).path("status").asString()).isEqualTo(status));
		return caseOf(requestId);
	}

	/** Runs the whole journey and returns the request id once the case is completed. */
	String eraseAndComplete(String email, String language, String accountId) {
		String requestId = submit(email, language, accountId).path("requestId").asString();
		String code = codeFromMailbox(email);
		HttpResponse<String> confirmed = confirm(requestId, code);
		assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
		awaitStatus(requestId, "COMPLETED");
		return requestId;
	}

	/**
	 * Waits for a message to the address whose subject contains the word, and returns it.
	 */
	MimeMessage awaitMail(String email, String subjectWord) {
		MimeMessage[] found = new MimeMessage[1];
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> {
			List<MimeMessage> matching = mailTo(email).stream()
				.filter((message) -> subjectOf(message).toLowerCase().contains(subjectWord))
				.toList();
			if (matching.isEmpty()) {
				return false;
			}
			found[0] = matching.get(matching.size() - 1);
			return true;
		});
		return found[0];
	}

	List<MimeMessage> mailTo(String email) {
		return Arrays.stream(this.stack.mail().greenMail().getReceivedMessages()).filter((message) -> {
			try {
				return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
					.anyMatch((address) -> address.toString().contains(email));
			}
			catch (MessagingException ex) {
				return false;
			}
		}).toList();
	}

	static String subjectOf(MimeMessage message) {
		try {
			return String.valueOf(message.getSubject());
		}
		catch (MessagingException ex) {
			return "";
		}
	}

	HttpResponse<String> post(String url, String body) {
		try {
			return this.http.send(HttpRequest.newBuilder(URI.create(url))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException("POST " + url + " failed", ex);
		}
	}

	HttpResponse<String> get(String url) {
		try {
			return this.http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException("GET " + url + " failed", ex);
		}
	}

}
