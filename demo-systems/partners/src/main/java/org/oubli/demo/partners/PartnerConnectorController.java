package org.oubli.demo.partners;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.oubli.contracts.connector.CategoryInstruction;
import org.oubli.contracts.connector.CategoryOutcome;
import org.oubli.contracts.connector.ConnectorHeaders;
import org.oubli.contracts.connector.ErasureInstruction;
import org.oubli.contracts.connector.ErasureReceipt;
import org.oubli.contracts.connector.RecordsPage;
import org.oubli.contracts.connector.RecordsQuery;
import org.oubli.kit.web.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Oubli's connector API, spoken badly on purpose, one partner per path prefix
 * ({@code /flaky-partner/dsar/v1/erasures}...). Each misbehaves in its own way (see
 * {@link Partner}); otherwise they carry instructions out for real on their records.
 * {@code PUT /forgetful-partner/behaviour/keeps-data} with {@code true} or {@code false}
 * switches the forgetful one at run time.
 */
@RestController
class PartnerConnectorController {

	private static final Logger log = LoggerFactory.getLogger(PartnerConnectorController.class);

	private final PartnerRecords records;

	private final PartnersProperties properties;

	private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

	private volatile boolean forgetfulKeepsData;

	PartnerConnectorController(PartnerRecords records, PartnersProperties properties) {
		this.records = records;
		this.properties = properties;
		this.forgetfulKeepsData = properties.forgetfulKeepsData();
	}

	@PostMapping(path = "/{partnerId}/dsar/v1/erasures", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> erase(@PathVariable String partnerId,
			@RequestHeader(ConnectorHeaders.IDEMPOTENCY_KEY) String idempotencyKey,
			@RequestBody ErasureInstruction instruction) throws InterruptedException {
		Partner partner = partner(partnerId);
		int call = this.calls.computeIfAbsent(idempotencyKey, (key) -> new AtomicInteger()).incrementAndGet();
		switch (partner) {
			case FLAKY -> {
				if (call <= this.properties.flakyFailures()) {
					log.info("{} fails call {} of request {} on purpose", partnerId, call, instruction.requestId());
					return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
						.contentType(MediaType.APPLICATION_PROBLEM_JSON)
						.body("{\"status\":503,\"title\":\"Service Unavailable\"}");
				}
			}
			case SLOW -> Thread.sleep(this.properties.slowDelay().toMillis());
			case MALFORMED -> {
				return ResponseEntity.ok()
					.contentType(MediaType.APPLICATION_JSON)
					.body("{\"requestId\": [\"not\", \"a receipt\"], \"outcomes\": 42");
			}
			case FORGETFUL -> {
				// handled below
			}
		}
		boolean keep = partner == Partner.FORGETFUL && this.forgetfulKeepsData;
		List<CategoryOutcome> outcomes = new ArrayList<>();
		for (CategoryInstruction category : instruction.categories()) {
			outcomes.add(apply(partner, category, instruction, keep));
		}
		ErasureReceipt receipt = new ErasureReceipt(instruction.requestId(), partnerId, idempotencyKey, Instant.now(),
				outcomes);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.body(org.oubli.kit.events.OubliJson.mapper().writeValueAsString(receipt));
	}

	private CategoryOutcome apply(Partner partner, CategoryInstruction category, ErasureInstruction instruction,
			boolean keep) {
		long count = this.records.count(partner, category.category(), instruction.subject());
		return switch (category.action()) {
			case ERASE -> CategoryOutcome.erased(category.category(),
					keep ? count : this.records.erase(partner, category.category(), instruction.subject()));
			case ANONYMISE -> CategoryOutcome.anonymised(category.category(), category.technique(),
					keep ? count : this.records.anonymise(partner, category.category(), instruction.subject()));
			case RETAIN ->
				CategoryOutcome.retained(category.category(), category.legalBasis(), category.retainUntil(), count);
		};
	}

	@PostMapping(path = "/{partnerId}/dsar/v1/records", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	RecordsPage records(@PathVariable String partnerId, @RequestBody RecordsQuery query) {
		Partner partner = partner(partnerId);
		if (partner == Partner.MALFORMED) {
			throw new NotFoundException("Records endpoint of", partnerId);
		}
		return new RecordsPage(query.requestId(), partnerId, query.category(),
				this.records.find(partner, query.category(), query.subject(), query.limit()), null);
	}

	@PutMapping(path = "/forgetful-partner/behaviour/keeps-data", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Void> forgetfulKeepsData(@RequestBody boolean keepsData) {
		this.forgetfulKeepsData = keepsData;
		log.info("forgetful-partner {} data from now on", keepsData ? "keeps" : "erases");
		return ResponseEntity.noContent().build();
	}

	private static Partner partner(String partnerId) {
		return Partner.of(partnerId).orElseThrow(() -> new NotFoundException("Partner", "(unknown)"));
	}

}
