package org.oubli.intake.deadline;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.oubli.contracts.RequestType;

/**
 * A jurisdiction's deadline rules, read from the policy file
 * ({@code deadline-policies.yml}): base period (per request type where the law says so),
 * optional extension, what the clock does while identity is awaited, whether a last day
 * that is not a working day moves to the next one, the public holidays and the
 * controller's time zone. The period is counted from the day after the start date.
 *
 * @param jurisdiction the code ({@code EU-FR})
 * @param name a human name
 * @param authority the supervisory authority a refused subject may complain to
 * @param source the legal sources, for people and audits
 * @param verified whether the rule was checked against the official text
 * @param zone the controller's time zone
 * @param countries the ISO 3166 codes of residence this policy covers
 * @param period the base period
 * @param periodByType periods that differ by request type
 * @param extension how much longer staff may extend, once, or {@code null} for none
 * @param identityWait what the clock does while identity is awaited
 * @param rollToWorkingDay whether a last day that is a weekend day or public holiday
 * moves to the next working day
 * @param holidays the public holidays' description (calendar and subdivision)
 * @param workingDays Monday to Friday except those holidays
 */
public record StatutoryPolicy(String jurisdiction, String name, String authority, String source, boolean verified,
		ZoneId zone, Set<String> countries, Period period, Map<RequestType, Period> periodByType, Period extension,
		IdentityWait identityWait, boolean rollToWorkingDay, String holidays,
		WorkingDays workingDays) implements DeadlinePolicy {

	public StatutoryPolicy {
		Objects.requireNonNull(jurisdiction, "jurisdiction");
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(zone, "zone");
		Objects.requireNonNull(period, "period");
		Objects.requireNonNull(identityWait, "identityWait");
		Objects.requireNonNull(workingDays, "workingDays");
		countries = Set.copyOf(countries);
		periodByType = periodByType.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(periodByType));
	}

	/** The base period for a request type. */
	public Period period(RequestType type) {
		return this.periodByType.getOrDefault(type, this.period);
	}

	@Override
	public LocalDate dueOn(RequestType type, DeadlineClock clock, LocalDate today) {
		return due(type, clock, today, clock.extended());
	}

	@Override
	public LocalDate firstPeriodDueOn(RequestType type, DeadlineClock clock, LocalDate today) {
		return due(type, clock, today, false);
	}

	@Override
	public Optional<String> extensionRefusal(RequestType type, DeadlineClock clock, LocalDate today) {
		if (this.extension == null) {
			return Optional.of("the " + this.jurisdiction + " policy provides for no extension");
		}
		if (clock.extended()) {
			return Optional.of("the deadline was already extended once");
		}
		if (clock.state() == ClockState.STOPPED) {
			return Optional.of("the case is closed");
		}
		LocalDate firstDue = firstPeriodDueOn(type, clock, today);
		if (today.isAfter(firstDue)) {
			return Optional.of("an extension must be notified within the first period, which ended on " + firstDue);
		}
		return Optional.empty();
	}

	private LocalDate due(RequestType type, DeadlineClock clock, LocalDate today, boolean extended) {
		Period base = period(type);
		LocalDate end;
		if (extended && this.extension != null && this.extension.unit() == base.unit()) {
			end = base.plus(this.extension).endFrom(clock.startedOn(), this.workingDays);
		}
		else if (extended && this.extension != null) {
			end = this.extension.endFrom(base.endFrom(clock.startedOn(), this.workingDays), this.workingDays);
		}
		else {
			end = base.endFrom(clock.startedOn(), this.workingDays);
		}
		end = end.plusDays(clock.pausedDaysAsOf(today));
		return this.rollToWorkingDay ? this.workingDays.onOrAfter(end) : end;
	}

	@Override
	public String toString() {
		return "StatutoryPolicy[" + this.jurisdiction + ", " + this.period + ", " + this.zone + "]";
	}

}
