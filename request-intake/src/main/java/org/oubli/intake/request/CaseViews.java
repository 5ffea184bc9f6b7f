package org.oubli.intake.request;

import java.time.Clock;
import java.util.Comparator;

import org.oubli.intake.cases.CaseDocument;
import org.oubli.intake.cases.SystemProgress;
import org.oubli.intake.cases.TimelineEntry;
import org.oubli.intake.deadline.DeadlinePolicies;
import org.oubli.intake.deadline.DeadlinePolicy;

import org.springframework.stereotype.Component;

/**
 * Turns stored cases into API answers, counting days left in each case's jurisdiction.
 */
@Component
class CaseViews {

	private final DeadlinePolicies policies;

	private final Clock clock;

	CaseViews(DeadlinePolicies policies, Clock clock) {
		this.policies = policies;
		this.clock = clock;
	}

	RequestAccepted accepted(CaseDocument opened) {
		return new RequestAccepted(opened.id(), opened.status(), opened.type(), opened.dueOn(), daysLeft(opened),
				Links.of(opened.id()));
	}

	CaseView view(CaseDocument stored) {
		return new CaseView(stored.id(), stored.type(), stored.status(), stored.channel(), stored.jurisdiction(),
				stored.receivedAt(), stored.dueOn(), daysLeft(stored),
				stored.timeline()
					.stream()
					.sorted(Comparator.comparing(TimelineEntry::at))
					.map((entry) -> new CaseView.Step(entry.type(), entry.at(), entry.summary()))
					.toList(),
				stored.systems().stream().map(CaseViews::system).toList(), Links.of(stored.id()));
	}

	private long daysLeft(CaseDocument stored) {
		DeadlinePolicy policy = this.policies.get(stored.jurisdiction());
		return policy.daysLeft(stored.dueOn(), this.clock);
	}

	private static CaseView.SystemView system(SystemProgress system) {
		return new CaseView.SystemView(system.systemId(), system.displayName(), system.state(), system.outcomes(),
				system.failure());
	}

}
