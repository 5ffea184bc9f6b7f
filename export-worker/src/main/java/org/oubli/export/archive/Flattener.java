package org.oubli.export.archive;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Flattens a JSON record for CSV: nested objects become dotted keys
 * ({@code billingAddress.city}), list items get their index ({@code lines.0.text}), null
 * becomes an empty cell, every other value its JSON text form.
 */
public final class Flattener {

	private Flattener() {
	}

	public static Map<String, String> flatten(Map<String, ?> record) {
		Map<String, String> flat = new LinkedHashMap<>();
		record.forEach((key, value) -> put(flat, key, value));
		return flat;
	}

	private static void put(Map<String, String> flat, String key, Object value) {
		if (value instanceof Map<?, ?> map) {
			map.forEach((child, nested) -> put(flat, key + "." + child, nested));
		}
		else if (value instanceof List<?> list) {
			for (int i = 0; i < list.size(); i++) {
				put(flat, key + "." + i, list.get(i));
			}
		}
		else {
			flat.put(key, (value != null) ? value.toString() : "");
		}
	}

}
