package org.oubli.demo.connector.demodata;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Creates the system's indexes and, when none of the demo people is there, inserts its
 * {@link DemoData}.
 */
@Component
class DemoDataSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

	private final DemoData data;

	private final MongoTemplate mongo;

	private final Clock clock;

	DemoDataSeeder(DemoData data, MongoTemplate mongo, Clock clock) {
		this.data = data;
		this.mongo = mongo;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.data.indexes()
			.forEach((index) -> this.mongo.indexOps(index.type())
				.createIndex(new Index().on(index.field(), Direction.ASC)));
		if (this.mongo.count(new Query(), this.data.people()) > 0) {
			return;
		}
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
		List<String> seeded = new ArrayList<>();
		for (List<?> records : this.data.records(now)) {
			if (!records.isEmpty()) {
				this.mongo.insertAll(records);
				seeded.add(records.size() + " " + this.mongo.getCollectionName(records.get(0).getClass()));
			}
		}
		log.info("Seeded the demo people: {}", String.join(", ", seeded));
	}

}
