/** Starting an Oubli service. */
package org.oubli.kit.app;
