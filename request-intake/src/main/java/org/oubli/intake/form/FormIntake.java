package org.oubli.intake.form;

import java.time.LocalDate;
import java.util.Optional;

import org.oubli.contracts.RequestType;
import org.oubli.contracts.subject.Subject;
import org.oubli.intake.cases.CaseDocument;
import org.oubli.intake.cases.CaseStore;
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
	 * @param client the caller (keyed hash), for the intake's own records once it takes
	 * it
	 * @return the reference and due date
	 */
	Receipt submit(FormRequest request, ClientKey client) {
		// the intake service takes type, subject and channel today; country, phone,
		// details, the authorized-agent flag and the client key join the call when its
		// new
		// signature lands (they are checked already)
		Subject subject = new Subject(request.email(), request.accountId(), request.language());
		CaseDocument opened = this.intake.open(request.type(), subject, CHANNEL);
		return new Receipt(opened.id(), opened.type(), opened.dueOn());
	}

	/** The receipt of a request, for the confirmation page. */
	Optional<Receipt> find(String reference) {
		return this.cases.find(reference).map((found) -> new Receipt(found.id(), found.type(), found.dueOn()));
	}

}
