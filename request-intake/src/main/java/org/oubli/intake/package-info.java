/** request-intake. */
package org.oubli.intake;
