/**
 * erasure-worker: fans a verified erasure request out to every registered data-holding
 * system and collects their receipts.
 */
package org.oubli.erasure;
