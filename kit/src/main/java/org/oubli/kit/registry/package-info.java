/**
 * A reader of the registry of data-holding systems as published on the compacted topic
 * {@code oubli.registry.systems}, for any worker that needs the current systems.
 */
package org.oubli.kit.registry;
