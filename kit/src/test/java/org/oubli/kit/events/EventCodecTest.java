package org.oubli.kit.events;

import org.junit.jupiter.api.Test;
import org.oubli.contracts.events.EventEnvelope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EventCodecTest {

	private final EventCodec codec = new EventCodec();

	@Test
	void notJsonIsPoison() {
		assertThatExceptionOfType(PoisonMessageException.class).isThrownBy(() -> this.codec.decode("not json {"))
			.withMessageContaining("not JSON");
	}

	@Test
	void emptyIsPoison() {
		assertThatExceptionOfType(PoisonMessageException.class).isThrownBy(() -> this.codec.decode(""));
	}

	@Test
	void unknownTypeIsPoison() {
		String json = this.codec.encode(EventMother.envelope("RequestReceived"))
			.replace("\"type\":\"RequestReceived\"", "\"type\":\"com.example.SomeClass\"");
		assertThatExceptionOfType(PoisonMessageException.class).isThrownBy(() -> this.codec.decode(json))
			.withMessageContaining("Unknown event type")
			.withMessageNotContaining("SomeClass");
	}

	@Test
	void newerSchemaVersionIsPoison() {
		String json = this.codec.encode(EventMother.envelope("RequestReceived"))
			.replace("\"schemaVersion\":1", "\"schemaVersion\":2");
		assertThatExceptionOfType(PoisonMessageException.class).isThrownBy(() -> this.codec.decode(json))
			.withMessageContaining("schema version 2");
	}

	@Test
	void badPayloadIsPoisonWithoutEchoingPersonalData() {
		String json = this.codec.encode(EventMother.envelope("RequestReceived"))
			.replace("camille.martin@example.fr", "camille.martin@@bad");
		assertThatExceptionOfType(PoisonMessageException.class).isThrownBy(() -> this.codec.decode(json))
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("camille"));
	}

	@Test
	void unknownPayloadFieldsAreTolerated() {
		String json = this.codec.encode(EventMother.envelope("NoticeSent"))
			.replace("\"notice\":", "\"addedLater\":true,\"notice\":");
		EventEnvelope read = this.codec.decode(json);
		assertThat(read.payload()).isEqualTo(EventMother.envelope("NoticeSent").payload());
	}

	@Test
	void personalDataIsNotInToString() {
		assertThat(EventMother.envelope("RequestReceived").toString()).doesNotContain("camille")
			.doesNotContain("acc-1001");
		assertThat(EventMother.envelope("VerificationCodeIssued").toString()).doesNotContain("9f2c4a7b");
	}

	@Test
	void idsThatAreNotUuidsArePoisonAndNotRepeated() {
		String json = this.codec.encode(EventMother.envelope("NoticeSent"))
			.replace("\"requestId\":\"" + EventMother.REQUEST_ID + "\"", "\"requestId\":\"lea.dubois@example.fr\"");
		assertThatExceptionOfType(PoisonMessageException.class).isThrownBy(() -> this.codec.decode(json))
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("lea.dubois"));
	}

	@Test
	void aPayloadAboutAnotherRequestThanItsEnvelopeIsPoison() {
		String other = "11111111-2222-4333-8444-555555555555";
		String json = this.codec.encode(EventMother.envelope("NoticeSent"))
			.replaceFirst("(\"payload\":\\{\"requestId\":\")[^\"]+", "$1" + other);
		assertThatExceptionOfType(PoisonMessageException.class).isThrownBy(() -> this.codec.decode(json))
			.withMessageContaining("another request");
	}

}
