package org.oubli.demo.connector.anonymise;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The 18 French regions (2016 map) and their départements, as postcodes start: Corsica is
 * 20, overseas départements 971 to 976.
 */
final class FrenchRegions {

	private static final Map<String, List<String>> DEPARTEMENTS = Map.ofEntries(
			Map.entry("Auvergne-Rhône-Alpes",
					List.of("01", "03", "07", "15", "26", "38", "42", "43", "63", "69", "73", "74")),
			Map.entry("Bourgogne-Franche-Comté", List.of("21", "25", "39", "58", "70", "71", "89", "90")),
			Map.entry("Bretagne", List.of("22", "29", "35", "56")),
			Map.entry("Centre-Val de Loire", List.of("18", "28", "36", "37", "41", "45")),
			Map.entry("Corse", List.of("20")),
			Map.entry("Grand Est", List.of("08", "10", "51", "52", "54", "55", "57", "67", "68", "88")),
			Map.entry("Hauts-de-France", List.of("02", "59", "60", "62", "80")),
			Map.entry("Île-de-France", List.of("75", "77", "78", "91", "92", "93", "94", "95")),
			Map.entry("Normandie", List.of("14", "27", "50", "61", "76")),
			Map.entry("Nouvelle-Aquitaine",
					List.of("16", "17", "19", "23", "24", "33", "40", "47", "64", "79", "86", "87")),
			Map.entry("Occitanie",
					List.of("09", "11", "12", "30", "31", "32", "34", "46", "48", "65", "66", "81", "82")),
			Map.entry("Pays de la Loire", List.of("44", "49", "53", "72", "85")),
			Map.entry("Provence-Alpes-Côte d'Azur", List.of("04", "05", "06", "13", "83", "84")),
			Map.entry("Guadeloupe", List.of("971")), Map.entry("Martinique", List.of("972")),
			Map.entry("Guyane", List.of("973")), Map.entry("La Réunion", List.of("974")),
			Map.entry("Mayotte", List.of("976")));

	private FrenchRegions() {
	}

	static Map<String, String> byDepartement() {
		Map<String, String> regions = new HashMap<>();
		DEPARTEMENTS.forEach((region, departements) -> departements.forEach((code) -> regions.put(code, region)));
		return Map.copyOf(regions);
	}

}
