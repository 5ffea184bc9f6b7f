/**
 * identity-verification: proves the subject owns the email address before a request goes
 * on.
 */
package org.oubli.verification;
