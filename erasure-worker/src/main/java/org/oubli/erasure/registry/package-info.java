/**
 * The registry of data-holding systems: stored in MongoDB (collection {@code systems}),
 * seeded from {@code erasure-systems.yml}, changed through the admin API, and published
 * on the compacted topic {@code oubli.registry.systems}.
 */
package org.oubli.erasure.registry;
