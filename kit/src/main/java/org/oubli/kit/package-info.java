/** What every Oubli service does the same way. */
package org.oubli.kit;
