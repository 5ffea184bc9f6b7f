package org.oubli.export.download;

import java.time.Clock;
import java.util.Date;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.oubli.export.archive.ArchiveStore;
import org.oubli.export.job.JobStatus;
import org.oubli.export.job.JobStore;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every {@code oubli.export.purge-interval}: deletes the archive of every job whose link
 * expired, then marks the job {@code EXPIRED} and drops the subject from it. Deleting
 * first makes a crash in between harmless: the next run deletes again (nothing) and marks
 * the job. No download can start once the link has expired, so none is cut off.
 */
@Component
public class ArchivePurge {

	private static final Logger log = LoggerFactory.getLogger(ArchivePurge.class);

	private final MongoTemplate mongo;

	private final ArchiveStore store;

	private final Clock clock;

	ArchivePurge(MongoTemplate mongo, ArchiveStore store, Clock clock) {
		this.mongo = mongo;
		this.store = store;
		this.clock = clock;
	}

	/**
	 * Purges what has expired now.
	 * @return how many archives were purged
	 */
	@Scheduled(initialDelayString = "${oubli.export.purge-interval}",
			fixedDelayString = "${oubli.export.purge-interval}")
	public int purge() {
		Date now = Date.from(this.clock.instant());
		Query expired = Query
			.query(Criteria.where("status").is(JobStatus.READY.name()).and("download.expiresAt").lte(now))
			.limit(500);
		int purged = 0;
		for (Document job : this.mongo.find(expired, Document.class, JobStore.COLLECTION)) {
			this.store.delete(job.get("archive", Document.class).getString("fileId"));
			boolean marked = this.mongo
				.updateFirst(Query
					.query(Criteria.where("_id").is(job.getString("_id")).and("status").is(JobStatus.READY.name())),
						new Update().set("status", JobStatus.EXPIRED.name()).set("purgedAt", now).unset("subject"),
						JobStore.COLLECTION)
				.getModifiedCount() == 1;
			if (marked) {
				purged++;
				log.info("Request {}: expired archive purged", job.getString("_id"));
			}
		}
		return purged;
	}

}
