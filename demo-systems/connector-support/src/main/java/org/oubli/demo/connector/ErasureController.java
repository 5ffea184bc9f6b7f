package org.oubli.demo.connector;

import org.oubli.contracts.connector.ErasureInstruction;
import org.oubli.contracts.connector.ErasureReceipt;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Oubli's HTTP connector endpoint ({@code contracts/.../openapi/connector-v1.yaml}): 200
 * with the receipt, 400 problem for an instruction this system cannot carry out, 409
 * problem when the idempotency key was used for a different instruction.
 */
@RestController
class ErasureController {

	private final ErasureService erasures;

	ErasureController(ErasureService erasures) {
		this.erasures = erasures;
	}

	@PostMapping(path = "/dsar/v1/erasures", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ErasureReceipt erase(@RequestHeader(ConnectorHeaders.IDEMPOTENCY_KEY) String idempotencyKey,
			@RequestBody ErasureInstruction instruction) {
		return this.erasures.erase(Delivery.overHttp(idempotencyKey), instruction);
	}

}
