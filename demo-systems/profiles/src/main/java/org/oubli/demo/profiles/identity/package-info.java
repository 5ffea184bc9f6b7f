/**
 * The optional identity-check endpoint of Oubli's connector API: confirms a second data
 * point of a code-verified address without telling whether an account exists.
 */
package org.oubli.demo.profiles.identity;
