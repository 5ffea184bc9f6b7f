/**
 * demo-payments: the billing side of a small platform (customers, invoices, stored
 * cards).
 */
package org.oubli.demo.payments;
