package org.oubli.kit.events;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.oubli.contracts.connector.ErasureInstruction;
import org.oubli.contracts.connector.ErasureReceipt;
import org.oubli.contracts.events.EventCatalog;
import org.oubli.contracts.events.EventEnvelope;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The wire format is pinned by golden JSON files: every event type and connector payload
 * is written exactly as its file says, and each file reads back into the same record. A
 * file that does not exist yet is written from the example and the test fails, to be
 * reviewed and committed.
 */
class GoldenFilesTest {

	private static final Path GOLDEN = Path.of("src/test/resources/golden");

	private final EventCodec codec = new EventCodec();

	private final JsonMapper mapper = OubliJson.mapper();

	@Test
	void everyCatalogTypeHasAnExample() {
		assertThat(EventMother.events().keySet()).containsExactlyInAnyOrderElementsOf(
				EventCatalog.entries().stream().map(EventCatalog.Entry::type).toList());
	}

	@TestFactory
	Stream<DynamicTest> everyEventRoundTripsThroughItsGoldenFile() {
		return EventCatalog.entries().stream().map((entry) -> DynamicTest.dynamicTest(entry.type(), () -> {
			EventEnvelope example = EventMother.envelope(entry.type());
			String golden = golden("events/" + entry.type() + ".json", this.codec.encode(example));
			assertThat(tree(this.codec.encode(example))).isEqualTo(tree(golden));
			EventEnvelope read = this.codec.decode(golden);
			assertThat(read).isEqualTo(example);
			assertThat(read.payload()).isInstanceOf(entry.recordType());
			assertThat(tree(golden).get("type").asString()).isEqualTo(entry.type());
		}));
	}

	@Test
	void erasureInstructionRoundTrips() throws IOException {
		ErasureInstruction example = EventMother.instruction();
		String golden = golden("connector/ErasureInstruction.json", this.mapper.writeValueAsString(example));
		assertThat(tree(this.mapper.writeValueAsString(example))).isEqualTo(tree(golden));
		assertThat(this.mapper.readValue(golden, ErasureInstruction.class)).isEqualTo(example);
	}

	@Test
	void erasureReceiptRoundTrips() throws IOException {
		ErasureReceipt example = EventMother.receipt();
		String golden = golden("connector/ErasureReceipt.json", this.mapper.writeValueAsString(example));
		assertThat(tree(this.mapper.writeValueAsString(example))).isEqualTo(tree(golden));
		assertThat(this.mapper.readValue(golden, ErasureReceipt.class)).isEqualTo(example);
	}

	private JsonNode tree(String json) {
		return this.mapper.readTree(json);
	}

	private String golden(String name, String current) throws IOException {
		Path file = GOLDEN.resolve(name);
		if (!Files.exists(file)) {
			Files.createDirectories(file.getParent());
			Files.writeString(file,
					this.mapper.writerWithDefaultPrettyPrinter().writeValueAsString(this.mapper.readTree(current))
							+ "\n",
					StandardCharsets.UTF_8);
			fail("Golden file " + file + " did not exist; it was written from the example: review and commit it");
		}
		return Files.readString(file, StandardCharsets.UTF_8);
	}

}
