package org.oubli.export.job;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/** The indexes the job queries need, made sure of at every start. */
@Component
class JobIndexes implements ApplicationRunner {

	private final MongoTemplate mongo;

	JobIndexes(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.mongo.indexOps(JobStore.COLLECTION)
			.createIndex(new Index().on("download.tokenHash", Direction.ASC).unique().sparse());
		this.mongo.indexOps(JobStore.COLLECTION).createIndex(new Index().on("status", Direction.ASC));
	}

}
