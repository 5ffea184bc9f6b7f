package org.oubli.export.collect;

/**
 * A system did not give a page Oubli can trust, after the retries. The message names the
 * system, the category and the fault, never the subject's data or the system's own text.
 */
public class CollectionFailedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String systemId;

	private final int attempts;

	public CollectionFailedException(String systemId, String reason, int attempts) {
		super(reason);
		this.systemId = systemId;
		this.attempts = attempts;
	}

	public String systemId() {
		return this.systemId;
	}

	public int attempts() {
		return this.attempts;
	}

}
