package org.oubli.erasure.receipt;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.oubli.contracts.Topics;
import org.oubli.contracts.connector.ErasureInstruction;
import org.oubli.contracts.connector.ErasureReceipt;
import org.oubli.contracts.events.EventEnvelope;
import org.oubli.contracts.events.SystemErasureReported;
import org.oubli.erasure.job.ErasureJob;
import org.oubli.erasure.job.ErasureJobs;
import org.oubli.erasure.job.ReceiptRecording;
import org.oubli.kit.events.EventCodec;
import org.oubli.kit.events.PoisonMessageException;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Takes in {@code SystemErasureReported} from Kafka-subscribed systems. A receipt for a
 * request without a job, or from a system outside its plan, is dead-lettered; a receipt
 * that contradicts its instruction never counts as done: the task keeps the reason as its
 * last error and stays pending (the chase sends the instruction again) until its
 * escalation time; a valid one is recorded (a repeat changes nothing).
 */
@Component
class ReceiptListener {

	private static final Logger log = LoggerFactory.getLogger(ReceiptListener.class);

	private final EventCodec codec;

	private final ErasureJobs jobs;

	ReceiptListener(EventCodec codec, ErasureJobs jobs) {
		this.codec = codec;
		this.jobs = jobs;
	}

	@KafkaListener(topics = Topics.ERASURE_RECEIPTS, groupId = "erasure-worker")
	void onReceipt(ConsumerRecord<String, String> record) {
		EventEnvelope envelope = this.codec.decode(record.value());
		if (!(envelope.payload() instanceof SystemErasureReported reported)) {
			return;
		}
		ErasureReceipt receipt = reported.receipt();
		if (receipt == null || receipt.systemId() == null) {
			throw new PoisonMessageException("SystemErasureReported without a receipt or system id");
		}
		ErasureJob job = this.jobs.find(reported.requestId())
			.orElseThrow(() -> new PoisonMessageException("No erasure job for request " + reported.requestId()));
		if (job.task(receipt.systemId()).isEmpty()) {
			// the system id comes from outside: never repeat it
			throw new PoisonMessageException(
					"A receipt names a system that is not in the plan of request " + reported.requestId());
		}
		ErasureInstruction instruction = job.instructionFor(receipt.systemId());
		List<String> problems = ReceiptValidator.problemsOf(instruction, receipt);
		if (!problems.isEmpty()) {
			String reason = "invalid receipt: " + String.join("; ", problems);
			if (this.jobs.recordFailure(reported.requestId(), receipt.systemId(), reason, 0, envelope, true)) {
				log.warn("Receipt of {} for request {} rejected: {}", receipt.systemId(), reported.requestId(), reason);
			}
			return;
		}
		ReceiptRecording recording = this.jobs.recordReceipt(reported.requestId(), receipt, 0, envelope);
		log.info("Receipt of {} for request {}: {}", receipt.systemId(), reported.requestId(), recording);
	}

}
