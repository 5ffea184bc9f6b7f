package org.oubli.demo.payments.card;

import org.oubli.demo.connector.AccountDocumentsCategory;

import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code stored-cards}: erased. (A production system would also ask its payment service
 * provider to detach the token.)
 */
@Component
@Order(20)
class StoredCardsCategory extends AccountDocumentsCategory {

	StoredCardsCategory(MongoTemplate mongo) {
		super(mongo, "stored-cards", StoredCard.class);
	}

}
