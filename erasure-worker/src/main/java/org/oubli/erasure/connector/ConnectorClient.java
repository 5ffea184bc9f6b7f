package org.oubli.erasure.connector;

import java.net.URI;

import org.oubli.contracts.connector.ErasureInstruction;
import org.oubli.contracts.connector.ErasureReceipt;
import org.oubli.contracts.connector.RecordsPage;
import org.oubli.contracts.connector.RecordsQuery;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * Oubli's connector API ({@code openapi/connector-v1.yaml}). The target is chosen per
 * call by the {@link URI} argument (the system's base URL); the {@code url} below is
 * never called, it only keeps Spring Cloud from looking for a load balancer.
 */
@FeignClient(name = "erasure-connector", url = "http://connector.invalid",
		configuration = ConnectorFeignConfiguration.class)
interface ConnectorClient {

	/** The header carrying the instruction's idempotency key. */
	String IDEMPOTENCY_KEY = org.oubli.contracts.connector.ConnectorHeaders.IDEMPOTENCY_KEY;

	@PostMapping(path = "/dsar/v1/erasures", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ErasureReceipt erase(URI baseUrl, @RequestHeader(IDEMPOTENCY_KEY) String idempotencyKey,
			@RequestBody ErasureInstruction instruction);

	@PostMapping(path = "/dsar/v1/records", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	RecordsPage records(URI baseUrl, @RequestBody RecordsQuery query);

}
