/** Customers: the billing identity of an account, anonymised on erasure. */
package org.oubli.demo.payments.customer;
