/** Accounts: profile (identity, contact, photo) and connection logs. */
package org.oubli.demo.profiles.account;
