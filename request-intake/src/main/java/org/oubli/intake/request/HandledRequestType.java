package org.oubli.intake.request;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The value names a request type (in any letter case) that Oubli handles automatically.
 * Unknown and not-yet-handled types get different messages; {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = HandledRequestTypeValidator.class)
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface HandledRequestType {

	String message() default "is not a request type handled automatically";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
