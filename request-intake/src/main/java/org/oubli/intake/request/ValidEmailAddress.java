package org.oubli.intake.request;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The value is an email address Oubli accepts ({@code EmailAddress.isValid});
 * {@code null} and blank are left to {@code @NotBlank}.
 */
@Documented
@Constraint(validatedBy = ValidEmailAddressValidator.class)
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidEmailAddress {

	String message() default "is not a valid email address";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
