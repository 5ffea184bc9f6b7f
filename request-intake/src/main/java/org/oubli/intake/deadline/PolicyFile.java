package org.oubli.intake.deadline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import de.focus_shift.jollyday.core.HolidayCalendar;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import org.oubli.contracts.RequestType;

/**
 * Reads deadline policies from YAML (the bundled {@value #BUNDLED}, or an operator's
 * file). Each policy is data: its periods, extension, clock rule, holidays, time zone,
 * sources and {@code verified} flag. A file that misses a required key or names an
 * unknown unit, holiday calendar or zone is refused at startup.
 */
public final class PolicyFile {

	/** The policy file shipped with the service. */
	public static final String BUNDLED = "deadline-policies.yml";

	private PolicyFile() {
	}

	/** The policies shipped with the service. */
	public static DeadlinePolicies bundled() {
		try (InputStream in = PolicyFile.class.getClassLoader().getResourceAsStream(BUNDLED)) {
			if (in == null) {
				throw new IllegalStateException(BUNDLED + " is not on the class path");
			}
			return read(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The policies in a YAML document with a top-level {@code policies} list. */
	public static DeadlinePolicies read(InputStream yaml) {
		Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
		List<StatutoryPolicy> policies = new ArrayList<>();
		for (Object entry : list(root, "policies")) {
			policies.add(policy(map(entry)));
		}
		return new DeadlinePolicies(policies);
	}

	private static StatutoryPolicy policy(Map<String, Object> data) {
		String jurisdiction = text(data, "jurisdiction");
		try {
			Map<RequestType, Period> byType = new EnumMap<>(RequestType.class);
			Object overrides = data.get("periodByType");
			if (overrides != null) {
				map(overrides).forEach((type, period) -> byType.put(RequestType.valueOf(type.toUpperCase(Locale.ROOT)),
						Period.parse(String.valueOf(period))));
			}
			Map<String, Object> holidays = map(data.get("holidays"));
			HolidayCalendar calendar = HolidayCalendar.valueOf(text(holidays, "calendar"));
			String subdivision = (String) holidays.get("subdivision");
			Object extension = data.get("extension");
			Set<String> countries = new LinkedHashSet<>();
			for (Object code : list(data, "countries")) {
				if (!(code instanceof String text) || text.length() < 2) {
					// YAML reads an unquoted NO (Norway) as false
					throw new IllegalArgumentException("country " + code + " must be a quoted ISO code");
				}
				countries.add(text.toUpperCase(Locale.ROOT));
			}
			return new StatutoryPolicy(jurisdiction, text(data, "name"), text(data, "authority"), text(data, "source"),
					Boolean.TRUE.equals(data.get("verified")), ZoneId.of(text(data, "zone")), countries,
					Period.parse(text(data, "period")), byType,
					(extension != null) ? Period.parse(String.valueOf(extension)) : null,
					IdentityWait.valueOf(text(data, "whileIdentityAwaited")),
					Boolean.TRUE.equals(data.get("rollToWorkingDay")),
					calendar + ((subdivision != null) ? "/" + subdivision : ""),
					new WorkingDays(JollydayHolidays.of(calendar, subdivision)));
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException("Deadline policy " + jurisdiction + ": " + ex.getMessage(), ex);
		}
	}

	private static String text(Map<String, Object> data, String key) {
		Object value = data.get(key);
		if (value == null || String.valueOf(value).isBlank()) {
			throw new IllegalArgumentException("'" + key + "' is required");
		}
		return String.valueOf(value).trim();
	}

	private static List<?> list(Map<String, Object> data, String key) {
		Object value = (data != null) ? data.get(key) : null;
		if (!(value instanceof List<?> list)) {
			throw new IllegalArgumentException("'" + key + "' must be a list");
		}
		return list;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		if (!(value instanceof Map<?, ?>)) {
			throw new IllegalArgumentException("expected a mapping");
		}
		return (Map<String, Object>) value;
	}

}
