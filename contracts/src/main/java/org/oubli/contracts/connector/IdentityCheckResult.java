package org.oubli.contracts.connector;

/**
 * The answer to an {@link IdentityCheck}: the same shape (and status 200) whether the
 * value did not match or no account exists.
 *
 * @param match whether an account of that address holds that value
 */
public record IdentityCheckResult(boolean match) {

}
