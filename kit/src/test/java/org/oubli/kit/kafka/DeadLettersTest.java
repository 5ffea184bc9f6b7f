package org.oubli.kit.kafka;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.oubli.kit.events.PoisonMessageException;

import org.springframework.kafka.listener.ListenerExecutionFailedException;

import static org.assertj.core.api.Assertions.assertThat;

class DeadLettersTest {

	@Test
	void headersNameTheFailureButNeverRepeatAnArbitraryMessage() {
		RecordHeaders headers = new RecordHeaders();
		DeadLetters.safeHeaders(headers, new ListenerExecutionFailedException("listener failed",
				new IllegalStateException("duplicate key: camille.martin@example.fr")));
		assertThat(text(headers, DeadLetters.EXCEPTION_CLASS_HEADER)).isEqualTo(IllegalStateException.class.getName());
		assertThat(text(headers, DeadLetters.REASON_HEADER)).isEqualTo("IllegalStateException");
		headers.forEach(
				(header) -> assertThat(new String(header.value(), StandardCharsets.UTF_8)).doesNotContain("camille"));
	}

	@Test
	void poisonKeepsItsOwnReason() {
		RecordHeaders headers = new RecordHeaders();
		DeadLetters.safeHeaders(headers, new ListenerExecutionFailedException("listener failed",
				new PoisonMessageException("Event is not JSON")));
		assertThat(text(headers, DeadLetters.REASON_HEADER)).isEqualTo("Event is not JSON");
	}

	private static String text(RecordHeaders headers, String name) {
		return new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
	}

}
