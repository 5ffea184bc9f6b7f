package org.oubli.testsupport;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips (never fails) integration tests when Testcontainers were asked for and no Docker
 * engine is reachable.
 */
public class InfrastructureCondition implements ExecutionCondition {

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (OubliInfrastructure.available()) {
			return ConditionEvaluationResult.enabled("infrastructure available");
		}
		return ConditionEvaluationResult.disabled("oubli.test.infra=containers but no Docker engine is reachable");
	}

}
