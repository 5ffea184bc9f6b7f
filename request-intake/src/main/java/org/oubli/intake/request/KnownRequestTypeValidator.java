package org.oubli.intake.request;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link KnownRequestType}. Never echoes an unknown value. */
public class KnownRequestTypeValidator implements ConstraintValidator<KnownRequestType, String> {

	@Override
	public boolean isValid(String value, ConstraintValidatorContext context) {
		if (value == null || value.isBlank() || RequestTypes.parse(value).isPresent()) {
			return true;
		}
		context.disableDefaultConstraintViolation();
		// fixed words and type names only: nothing to interpolate
		context.buildConstraintViolationWithTemplate("unknown request type; accepted values: " + RequestTypes.names())
			.addConstraintViolation();
		return false;
	}

}
