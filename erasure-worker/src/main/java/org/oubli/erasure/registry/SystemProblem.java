package org.oubli.erasure.registry;

/**
 * One thing wrong with a submitted system, named by its JSON path
 * ({@code categories[1].technique}). Never echoes the value.
 *
 * @param field the JSON path of the field
 * @param message what is wrong
 */
public record SystemProblem(String field, String message) {

	@Override
	public String toString() {
		return this.field + ": " + this.message;
	}

}
