/**
 * The registry of data-holding systems as export-worker sees it: the descriptors on
 * {@code oubli.registry.systems}, read by the kit's
 * {@link org.oubli.kit.registry.RegistryView}, behind
 * {@link org.oubli.export.registry.SystemCatalog}.
 */
package org.oubli.export.registry;
