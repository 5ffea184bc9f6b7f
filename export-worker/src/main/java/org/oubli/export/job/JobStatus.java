package org.oubli.export.job;

/** Where an export job is. */
public enum JobStatus {

	/** Waiting for a worker thread. */
	OPEN,
	/** A worker is collecting and writing the archive. */
	COLLECTING,
	/** Stored; the subject may download it. */
	READY,
	/** Stopped; a person must look (the reason is on the job). */
	NEEDS_ATTENTION,
	/** The link expired; the archive was deleted. */
	EXPIRED

}
