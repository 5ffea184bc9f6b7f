package org.oubli.intake.request;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of the API ({@code /v3/api-docs}, {@code /swagger-ui.html}).
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Oubli request intake", version = "v1",
		description = "Takes data-subject requests in and shows where each case stands. Errors are RFC 9457 "
				+ "problem details; submitted values are never echoed back."))
class ApiDocumentation {

}
