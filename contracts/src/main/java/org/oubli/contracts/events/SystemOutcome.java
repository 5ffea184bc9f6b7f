package org.oubli.contracts.events;

import java.util.List;

import org.oubli.contracts.connector.CategoryOutcome;

/**
 * What one system did, as told to the subject.
 *
 * @param systemId the system
 * @param displayName a human name for it
 * @param outcomes per category
 */
public record SystemOutcome(String systemId, String displayName, List<CategoryOutcome> outcomes) {

}
