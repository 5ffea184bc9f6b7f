/** Oubli's connector: the erasure endpoint, its rules and the receipt ledger. */
package org.oubli.demo.profiles.dsar;
