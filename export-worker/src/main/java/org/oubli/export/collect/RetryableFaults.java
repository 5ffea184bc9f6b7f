package org.oubli.export.collect;

import java.util.function.Predicate;

import org.springframework.web.client.ResourceAccessException;

/**
 * Which failed attempts are worth another ({@code retry-exception-predicate} in
 * {@code export-worker.yml}): I/O errors and timeouts, {@code 5xx} and {@code 429}, and
 * pages that cannot be trusted (malformed, oversized, contradictory), which a system in
 * the middle of a deployment may well answer correctly a moment later. Other {@code 4xx}
 * mean the query itself was refused: no retry.
 */
public class RetryableFaults implements Predicate<Throwable> {

	@Override
	public boolean test(Throwable failure) {
		if (failure instanceof HttpRecordsSource.SystemAnswerException answer) {
			return answer.retryable();
		}
		return failure instanceof ResourceAccessException || failure instanceof ContradictoryPageException
				|| failure instanceof HttpRecordsSource.OversizedPageException
				|| failure instanceof HttpRecordsSource.MalformedPageException;
	}

}
