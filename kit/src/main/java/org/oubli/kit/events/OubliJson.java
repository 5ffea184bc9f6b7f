package org.oubli.kit.events;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The JSON mapper for the wire format: ISO dates, unknown properties tolerated. */
public final class OubliJson {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private OubliJson() {
	}

	public static JsonMapper mapper() {
		return MAPPER;
	}

}
