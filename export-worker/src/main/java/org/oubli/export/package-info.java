/** export-worker. */
package org.oubli.export;
