/** request-intake: takes requests in, owns each case, its deadline and its timeline. */
package org.oubli.intake;
