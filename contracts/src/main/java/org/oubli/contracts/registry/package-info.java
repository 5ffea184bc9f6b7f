/**
 * The registry of data-holding systems as it travels on the compacted topic
 * {@code oubli.registry.systems} (key = system id, value = {@link SystemDescriptor} JSON,
 * no value = removed). The erasure worker owns the registry; every worker reads the
 * topic.
 */
package org.oubli.contracts.registry;
