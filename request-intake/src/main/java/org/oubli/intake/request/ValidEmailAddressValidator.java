package org.oubli.intake.request;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.oubli.contracts.subject.EmailAddress;

/** Checks {@link ValidEmailAddress}. */
public class ValidEmailAddressValidator implements ConstraintValidator<ValidEmailAddress, String> {

	@Override
	public boolean isValid(String value, ConstraintValidatorContext context) {
		return value == null || value.isBlank() || EmailAddress.isValid(value);
	}

}
