package org.oubli.erasure.resilience;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/** The registry of {@code misbehaving-systems.properties}, as properties. */
final class MisbehavingRegistry {

	private MisbehavingRegistry() {
	}

	static Map<String, Object> properties() {
		Properties properties = new Properties();
		try (InputStream in = MisbehavingRegistry.class.getResourceAsStream("/misbehaving-systems.properties")) {
			properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		Map<String, Object> map = new HashMap<>();
		properties.forEach((key, value) -> map.put(key.toString(), value));
		return map;
	}

}
