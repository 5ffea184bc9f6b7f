/** The data subject: typed, masked personal data. */
package org.oubli.contracts.subject;
