/** demo-payments. */
package org.oubli.demo.payments;
