/** The registry of data-holding systems, read from YAML and checked at startup. */
package org.oubli.erasure.registry;
