package org.oubli.demo.connector;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.oubli.contracts.connector.CategoryInstruction;
import org.oubli.contracts.connector.ErasureAction;
import org.oubli.contracts.connector.ErasureInstruction;
import org.oubli.kit.web.InvalidInputException;

/**
 * What makes an instruction acceptable to this system: addressed to it, with an
 * idempotency key, a subject email and only categories it holds, each with the action it
 * takes on them. A refusal names the field and never echoes a value.
 */
final class InstructionRules {

	private final String systemId;

	private final Map<String, DataCategory> categories = new LinkedHashMap<>();

	InstructionRules(String systemId, List<DataCategory> categories) {
		this.systemId = systemId;
		categories.forEach((category) -> this.categories.put(category.name(), category));
	}

	/**
	 * Checks an instruction.
	 * @param idempotencyKey the key the caller sent beside the body (the HTTP header), or
	 * {@code null} when there is none (Kafka)
	 * @param instruction the instruction
	 * @throws InvalidInputException naming the first field that is wrong
	 */
	void check(String idempotencyKey, ErasureInstruction instruction) {
		if (instruction == null) {
			throw new InvalidInputException("body", "an erasure instruction is required");
		}
		if (isBlank(instruction.idempotencyKey())) {
			throw new InvalidInputException("idempotencyKey", "must not be blank");
		}
		if (idempotencyKey != null && !idempotencyKey.equals(instruction.idempotencyKey())) {
			throw new InvalidInputException("idempotencyKey",
					"must be the same as the " + ConnectorHeaders.IDEMPOTENCY_KEY + " header");
		}
		if (isBlank(instruction.requestId())) {
			throw new InvalidInputException("requestId", "must not be blank");
		}
		if (!this.systemId.equals(instruction.systemId())) {
			throw new InvalidInputException("systemId", "this system is '" + this.systemId + "'");
		}
		if (instruction.subject() == null || instruction.subject().email() == null) {
			throw new InvalidInputException("subject.email", "must not be null");
		}
		if (instruction.categories() == null || instruction.categories().isEmpty()) {
			throw new InvalidInputException("categories", "must list at least one category");
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < instruction.categories().size(); i++) {
			checkCategory("categories[" + i + "]", instruction.categories().get(i), seen);
		}
	}

	private void checkCategory(String field, CategoryInstruction instruction, Set<String> seen) {
		if (instruction == null) {
			throw new InvalidInputException(field, "must not be null");
		}
		DataCategory category = this.categories.get(instruction.category());
		if (category == null) {
			throw new InvalidInputException(field + ".category",
					"unknown category; this system holds " + String.join(", ", this.categories.keySet()));
		}
		if (!seen.add(category.name())) {
			throw new InvalidInputException(field + ".category", "category listed twice");
		}
		if (instruction.action() != category.action()) {
			throw new InvalidInputException(field + ".action",
					"this system can only " + category.action() + " " + category.name());
		}
		if (instruction.action() == ErasureAction.ANONYMISE
				&& !category.techniques().contains(instruction.technique())) {
			throw new InvalidInputException(field + ".technique",
					"unknown technique; this system knows " + String.join(", ", category.techniques()));
		}
		if (instruction.action() == ErasureAction.RETAIN) {
			if (isBlank(instruction.legalBasis())) {
				throw new InvalidInputException(field + ".legalBasis", "required to retain data");
			}
			if (instruction.retainUntil() == null) {
				throw new InvalidInputException(field + ".retainUntil", "required to retain data");
			}
		}
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
