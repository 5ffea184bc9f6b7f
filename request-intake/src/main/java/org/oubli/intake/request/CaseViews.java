package org.oubli.intake.request;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;

import org.oubli.intake.cases.CaseDocument;
import org.oubli.intake.cases.SystemProgress;
import org.oubli.intake.cases.TimelineEntry;
import org.oubli.intake.deadline.ClockState;
import org.oubli.intake.deadline.DeadlineClock;
import org.oubli.intake.deadline.DeadlinePolicies;
import org.oubli.intake.deadline.DeadlinePolicy;

import org.springframework.stereotype.Component;

/**
 * Turns stored cases into API answers, counting days in each case's jurisdiction. A
 * paused clock's due date moves on day by day: it is computed as of today.
 */
@Component
public class CaseViews {

	private final DeadlinePolicies policies;

	private final Clock clock;

	CaseViews(DeadlinePolicies policies, Clock clock) {
		this.policies = policies;
		this.clock = clock;
	}

	/** The answer to a submitted request. */
	public RequestAccepted accepted(IntakeResult result) {
		CaseDocument stored = result.stored();
		DeadlineClock deadlineClock = (result instanceof IntakeResult.Linked linked) ? linked.open().clock()
				: stored.clock();
		LocalDate dueOn = (result instanceof IntakeResult.Linked linked) ? dueOn(linked.open()) : dueOn(stored);
		return new RequestAccepted(stored.id(), stored.status(), stored.type(), dueOn,
				policy(stored).daysLeft(dueOn, this.clock), stored.jurisdiction(), stored.defaultJurisdiction(),
				(deadlineClock != null) ? deadlineClock.state() : null, stored.linkedTo(), Links.of(stored.id()));
	}

	/** The public view of a case: no personal data. */
	public CaseView view(CaseDocument stored) {
		LocalDate dueOn = dueOn(stored);
		return new CaseView(stored.id(), stored.type(), stored.status(), stored.channel(), stored.jurisdiction(),
				stored.receivedAt(), dueOn, policy(stored).daysLeft(dueOn, this.clock),
				stored.timeline()
					.stream()
					.sorted(Comparator.comparing(TimelineEntry::at))
					.map((entry) -> new CaseView.Step(entry.type(), entry.at(), entry.summary()))
					.toList(),
				stored.systems().stream().map(CaseViews::system).toList(), Links.of(stored.id()),
				stored.defaultJurisdiction(), clock(stored),
				(stored.closure() != null)
						? new CaseView.ClosureView(stored.closure().reason(), stored.closure().closedAt()) : null,
				stored.linkedTo(),
				(stored.complaint() != null) ? new CaseView.ComplaintView(stored.complaint().acknowledgeBy()) : null);
	}

	/** The due date as of today: a paused clock counts its pause up to today. */
	public LocalDate dueOn(CaseDocument stored) {
		if (stored.clock() == null || stored.clock().state() != ClockState.PAUSED) {
			return stored.dueOn();
		}
		DeadlinePolicy policy = policy(stored);
		return policy.dueOn(stored.type(), stored.clock(), policy.today(this.clock));
	}

	private CaseView.ClockView clock(CaseDocument stored) {
		DeadlineClock state = stored.clock();
		if (state == null) {
			return null;
		}
		DeadlinePolicy policy = policy(stored);
		LocalDate today = policy.today(this.clock);
		return new CaseView.ClockView(state.state(), state.startedOn(), state.pausedDaysAsOf(today), state.extended(),
				policy.firstPeriodDueOn(stored.type(), state, today));
	}

	private DeadlinePolicy policy(CaseDocument stored) {
		return this.policies.get(stored.jurisdiction());
	}

	private static CaseView.SystemView system(SystemProgress system) {
		return new CaseView.SystemView(system.systemId(), system.displayName(), system.state(), system.outcomes(),
				system.failure());
	}

}
