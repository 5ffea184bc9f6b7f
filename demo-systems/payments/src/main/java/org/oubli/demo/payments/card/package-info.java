/** Stored cards: payment service provider tokens, never a card number. */
package org.oubli.demo.payments.card;
