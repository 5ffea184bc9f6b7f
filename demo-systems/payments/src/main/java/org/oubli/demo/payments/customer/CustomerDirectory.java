package org.oubli.demo.payments.customer;

import org.oubli.demo.connector.AccountDirectory;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Finds a subject's accounts among the customers. */
@Component
class CustomerDirectory extends AccountDirectory<Customer> {

	CustomerDirectory(MongoTemplate mongo) {
		super(mongo, Customer.class, Customer::accountId, Customer::email);
	}

}
