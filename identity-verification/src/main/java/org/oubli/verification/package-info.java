/** identity-verification. */
package org.oubli.verification;
