/** Test fixtures: a fake data-holding system, the registry, archive readers. */
package org.oubli.export.testing;
