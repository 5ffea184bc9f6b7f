package org.oubli.verification;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.oubli.testsupport.OubliIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-client limit over HTTP: one client (here 127.0.0.1) gets four submissions an
 * hour, across different requests, codes, new codes and the page; the fifth is a 429
 * problem with {@code Retry-After}. Pages are still served. The address is neither logged
 * nor stored.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=oubli-kit,identity-verification",
				"oubli.verification.client-limit.limit-for-period=4", "oubli.verification.client-limit.period=1h" })
@OubliIntegrationTest
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class ClientLimitIT {

	@LocalServerPort
	private int port;

	@Autowired
	private MongoTemplate mongo;

	@Test
	void aClientOverItsLimitGets429WhateverTheRequestItTries(CapturedOutput output) throws Exception {
		RunningService service = new RunningService(this.port, this.mongo);
		List<HttpResponse<String>> allowed = new ArrayList<>();
		allowed.add(service.submit(RequestMother.newRequestId(), "123456"));
		allowed.add(service.submit(RequestMother.newRequestId(), "654321"));
		allowed.add(service.post("/api/v1/requests/" + RequestMother.newRequestId() + "/verification/code", ""));
		allowed.add(service.postForm("/verify/" + RequestMother.newRequestId(), "lang=en&code=123456"));
		assertThat(allowed).extracting(HttpResponse::statusCode).containsOnly(404);

		List<HttpResponse<String>> refused = List.of(service.submit(RequestMother.newRequestId(), "123456"),
				service.postForm("/verify/" + RequestMother.newRequestId() + "/data-point", "kind=PHONE&value=1"));
		for (HttpResponse<String> response : refused) {
			service.assertProblem(response, 429, "too-many-attempts");
			assertThat(response.headers().firstValue("Retry-After")).hasValue("3600");
		}
		assertThat(service.get("/verify/" + RequestMother.newRequestId(), "en").statusCode()).isEqualTo(404);
		assertThat(output.getAll()).doesNotContain("127.0.0.1:" + this.port + " ").doesNotContain("from 127.0.0.1");
	}

}
