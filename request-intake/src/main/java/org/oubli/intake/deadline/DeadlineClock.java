package org.oubli.intake.deadline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The state of one case's statutory clock, kept with the case so that its due date is
 * exact: when counting started (receipt, or verification where the clock restarts), the
 * days it stood paused, whether it is paused now, and whether the deadline was extended.
 * Dates are calendar dates in the policy's time zone.
 *
 * @param state whether it counts
 * @param startedOn the day counting starts from (not itself counted)
 * @param pausedSince the day the current pause began, while {@link ClockState#PAUSED}
 * @param pausedDays whole days of earlier pauses, added to the period
 * @param extended whether the deadline was extended (once at most)
 */
public record DeadlineClock(ClockState state, LocalDate startedOn, LocalDate pausedSince, int pausedDays,
		boolean extended) {

	public DeadlineClock {
		Objects.requireNonNull(state, "state");
		Objects.requireNonNull(startedOn, "startedOn");
		if (state == ClockState.PAUSED) {
			Objects.requireNonNull(pausedSince, "pausedSince");
		}
	}

	/**
	 * The clock of a request received on {@code receivedOn}.
	 * @param wait what the jurisdiction's clock does while identity is awaited
	 * @param identityAwaited whether the subject must still prove who they are
	 * ({@code false} for a request authenticated by the platform)
	 */
	public static DeadlineClock start(IdentityWait wait, LocalDate receivedOn, boolean identityAwaited) {
		if (!identityAwaited) {
			return new DeadlineClock(ClockState.RUNNING, receivedOn, null, 0, false);
		}
		return switch (wait) {
			case PAUSE -> new DeadlineClock(ClockState.PAUSED, receivedOn, receivedOn, 0, false);
			case RESTART -> new DeadlineClock(ClockState.AWAITING_START, receivedOn, null, 0, false);
			case RUN -> new DeadlineClock(ClockState.RUNNING, receivedOn, null, 0, false);
		};
	}

	/**
	 * The subject proved who they are on {@code on}: a pause ends (its days are added
	 * on), a clock awaiting its start starts from that day, a running one goes on.
	 */
	public DeadlineClock identityVerified(LocalDate on) {
		return switch (this.state) {
			case PAUSED -> new DeadlineClock(ClockState.RUNNING, this.startedOn, null,
					this.pausedDays + pausedSoFar(on), this.extended);
			case AWAITING_START ->
				new DeadlineClock(ClockState.RUNNING, later(this.startedOn, on), null, this.pausedDays, this.extended);
			case RUNNING, STOPPED -> this;
		};
	}

	/** The case ended on {@code on}; a running pause is folded in. */
	public DeadlineClock stop(LocalDate on) {
		int paused = this.pausedDays + ((this.state == ClockState.PAUSED) ? pausedSoFar(on) : 0);
		return new DeadlineClock(ClockState.STOPPED, this.startedOn, null, paused, this.extended);
	}

	/** The same clock, extended. */
	public DeadlineClock extend() {
		return new DeadlineClock(this.state, this.startedOn, this.pausedSince, this.pausedDays, true);
	}

	/** Days paused as of {@code today}: earlier pauses plus the current one. */
	public int pausedDaysAsOf(LocalDate today) {
		return this.pausedDays + ((this.state == ClockState.PAUSED) ? pausedSoFar(today) : 0);
	}

	private int pausedSoFar(LocalDate today) {
		return (int) Math.max(0, ChronoUnit.DAYS.between(this.pausedSince, today));
	}

	private static LocalDate later(LocalDate a, LocalDate b) {
		return b.isAfter(a) ? b : a;
	}

}
