package org.oubli.intake.console;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Console pages fail as pages, never as a stack trace or a JSON problem: an unknown case
 * is the 404 page; anything unexpected is logged with a reference and shown as a page
 * with that reference.
 */
@ControllerAdvice(basePackageClasses = ConsoleErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ConsoleErrors {

	private static final Logger log = LoggerFactory.getLogger(ConsoleErrors.class);

	@ExceptionHandler(CaseNotFound.class)
	ModelAndView notFound() {
		return new ModelAndView("console/not-found", HttpStatus.NOT_FOUND);
	}

	@ExceptionHandler(Exception.class)
	ModelAndView failure(Exception ex) {
		HttpStatusCode status = (ex instanceof ErrorResponse answer) ? answer.getStatusCode()
				: HttpStatus.INTERNAL_SERVER_ERROR;
		if (status.value() == HttpStatus.NOT_FOUND.value()) {
			return notFound();
		}
		String reference = UUID.randomUUID().toString().substring(0, 8);
		if (status.is5xxServerError()) {
			// the message of an arbitrary exception may carry personal data: its type and
			// where it was thrown only (as the kit's problem handler does)
			log.error("Console page failed with {} (reference {}) at {}", ex.getClass().getName(), reference,
					(ex.getStackTrace().length > 0) ? ex.getStackTrace()[0] : "?");
		}
		else {
			log.info("Console request refused with {} (reference {}): {}", status.value(), reference,
					ex.getClass().getSimpleName());
		}
		ModelAndView page = new ModelAndView("console/failure", status);
		page.addObject("reference", reference);
		return page;
	}

}
