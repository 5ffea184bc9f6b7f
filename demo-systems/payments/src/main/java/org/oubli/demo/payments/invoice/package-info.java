/** Invoices: kept under legal hold on erasure, never deleted before their time. */
package org.oubli.demo.payments.invoice;
