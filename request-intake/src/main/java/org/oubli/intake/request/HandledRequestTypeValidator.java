package org.oubli.intake.request;

import java.util.Optional;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.oubli.contracts.RequestType;

/** Checks {@link HandledRequestType}. Never echoes an unknown value. */
public class HandledRequestTypeValidator implements ConstraintValidator<HandledRequestType, String> {

	@Override
	public boolean isValid(String value, ConstraintValidatorContext context) {
		if (value == null || value.isBlank()) {
			return true;
		}
		Optional<RequestType> type = RequestTypes.parse(value);
		if (type.isPresent() && RequestTypes.isHandled(type.get())) {
			return true;
		}
		String message = type
			.map((known) -> "request type " + RequestTypes.apiName(known)
					+ " is not handled automatically yet; accepted values: " + RequestTypes.handledNames())
			.orElseGet(() -> "unknown request type; accepted values: " + RequestTypes.handledNames());
		context.disableDefaultConstraintViolation();
		// the message holds only fixed words and type names: nothing to interpolate
		context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
		return false;
	}

}
