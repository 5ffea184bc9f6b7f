package org.oubli.intake.request;

import java.util.UUID;

import org.oubli.contracts.RequestType;
import org.oubli.contracts.subject.Subject;
import org.oubli.intake.cases.CaseStore;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Opens requests for the other intake channels (email, triage by staff) under ids derived
 * from what came in: opening the same id twice opens one case, so a message read twice
 * never makes two requests.
 */
@Component
public class ChannelRequests {

	private final RequestIntake intake;

	private final CaseStore cases;

	ChannelRequests(RequestIntake intake, CaseStore cases) {
		this.intake = intake;
		this.cases = cases;
	}

	/**
	 * Opens the request, once.
	 * @param requestId the id derived from the input
	 * @param type the right exercised
	 * @param subject who the request is about
	 * @param channel how it came in ({@code email})
	 * @return {@code true} if this call took it in (a new case, or linked to the open
	 * case of the same subject and type), {@code false} if it was taken in already
	 */
	public boolean openOnce(UUID requestId, RequestType type, Subject subject, String channel) {
		String id = requestId.toString();
		if (this.cases.find(id).isPresent()) {
			return false;
		}
		try {
			this.intake.submit(id, new NewRequestCommand(type, subject.email(), subject.accountId(), null, null, null,
					channel, subject.language(), false, false, null));
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

}
