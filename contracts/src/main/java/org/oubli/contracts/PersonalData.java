package org.oubli.contracts;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field, component or type that holds personal data. Such values must never reach
 * a log line, an exception message or a metric tag; types carrying them mask their
 * {@code toString()}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.TYPE, ElementType.PARAMETER,
		ElementType.METHOD })
public @interface PersonalData {

}
