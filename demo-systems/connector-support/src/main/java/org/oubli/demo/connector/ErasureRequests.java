package org.oubli.demo.connector;

import org.oubli.contracts.connector.ErasureInstruction;
import org.oubli.contracts.events.ErasureRequested;
import org.oubli.contracts.events.EventEnvelope;
import org.oubli.kit.events.PoisonMessageException;
import org.oubli.kit.web.ConflictException;
import org.oubli.kit.web.InvalidInputException;

import org.springframework.stereotype.Component;

/**
 * The Kafka path of the connector: takes the {@code ErasureRequested} instructions
 * addressed to this system; instructions for other systems, and other events, are none of
 * its business and are skipped quietly. The receipt goes back as
 * {@code SystemErasureReported} through the ledger entry's outbox. An instruction this
 * system cannot carry out, or a different one under a used key, is a poison message
 * (dead-lettered, never silently dropped). The system's own {@code @KafkaListener}, which
 * knows its consumer group, hands each decoded event here.
 */
@Component
public class ErasureRequests {

	private final ConnectedSystem system;

	private final ErasureService erasures;

	ErasureRequests(ConnectedSystem system, ErasureService erasures) {
		this.system = system;
		this.erasures = erasures;
	}

	/**
	 * Carries out the instruction an event holds, if it is addressed to this system.
	 * @param envelope an event of {@code oubli.erasure.requests}
	 * @throws PoisonMessageException if the instruction is not acceptable
	 */
	public void handle(EventEnvelope envelope) {
		if (envelope.payload() instanceof ErasureRequested requested) {
			ErasureInstruction instruction = requested.instruction();
			if (instruction != null && this.system.systemId().equals(instruction.systemId())) {
				erase(envelope, instruction);
			}
		}
	}

	private void erase(EventEnvelope cause, ErasureInstruction instruction) {
		try {
			this.erasures.erase(Delivery.byEvent(cause), instruction);
		}
		catch (InvalidInputException ex) {
			throw new PoisonMessageException("Erasure instruction refused: " + ex.field() + ": " + ex.getMessage());
		}
		catch (ConflictException ex) {
			throw new PoisonMessageException("Idempotency key already used for a different instruction");
		}
	}

}
