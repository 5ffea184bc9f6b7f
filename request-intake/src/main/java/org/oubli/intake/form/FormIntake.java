package org.oubli.intake.form;

import java.time.LocalDate;
import java.util.Optional;

import org.oubli.contracts.RequestType;
import org.oubli.intake.cases.CaseDocument;
import org.oubli.intake.cases.CaseStore;
import org.oubli.intake.request.IntakeResult;
import org.oubli.intake.request.NewRequestCommand;
import org.oubli.intake.limits.ClientKey;
import org.oubli.intake.request.RequestIntake;

import org.springframework.stereotype.Component;

/**
 * The form's only way into the intake service: every call to {@link RequestIntake} and
 * {@link CaseStore} from the form is here.
 */
@Component
class FormIntake {

	/** The channel of requests made with the form. */
	static final String CHANNEL = "form";

	private final RequestIntake intake;

	private final CaseStore cases;

	FormIntake(RequestIntake intake, CaseStore cases) {
		this.intake = intake;
		this.cases = cases;
	}

	/** What the subject is shown after sending the form. */
	record Receipt(String reference, RequestType type, LocalDate dueOn) {

	}

	/**
	 * Opens the case of a checked form.
	 * @param request the checked form
	 * @param client the caller (keyed hash)
	 * @return the reference and due date
	 */
	Receipt submit(FormRequest request, ClientKey client) {
		IntakeResult result = this.intake.submit(new NewRequestCommand(request.type(), request.email(),
				request.accountId(), request.phone(), request.country(), request.details(), CHANNEL, request.language(),
				request.authorizedAgent(), false, client.value()));
		CaseDocument opened = (result instanceof IntakeResult.Linked linked) ? linked.stored()
				: ((IntakeResult.Accepted) result).stored();
		return new Receipt(opened.id(), opened.type(), opened.dueOn());
	}

	/** The receipt of a request, for the confirmation page. */
	Optional<Receipt> find(String reference) {
		return this.cases.find(reference).map((found) -> new Receipt(found.id(), found.type(), found.dueOn()));
	}

}
