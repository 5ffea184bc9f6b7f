package org.oubli.demo.profiles.listing;

import org.oubli.demo.connector.AccountDocumentsCategory;

import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** {@code listings}: every ad the accounts published. */
@Component
@Order(10)
class ListingsCategory extends AccountDocumentsCategory {

	ListingsCategory(MongoTemplate mongo) {
		super(mongo, "listings", Listing.class);
	}

}
