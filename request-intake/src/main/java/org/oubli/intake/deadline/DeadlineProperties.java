package org.oubli.intake.deadline;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Deadline settings.
 *
 * @param jurisdiction the default policy: applied when the subject gave no country of
 * residence, or one no policy covers
 * @param policies the policy file ({@code classpath:deadline-policies.yml})
 * @param complaintAcknowledgementWorkingDays the working days within which a formal
 * complaint is acknowledged (the privacy-policy promise: 10)
 */
@ConfigurationProperties("oubli.intake.deadline")
public record DeadlineProperties(@DefaultValue("EU-FR") String jurisdiction,
		@DefaultValue("classpath:" + PolicyFile.BUNDLED) Resource policies,
		@DefaultValue("10") int complaintAcknowledgementWorkingDays) {

}
