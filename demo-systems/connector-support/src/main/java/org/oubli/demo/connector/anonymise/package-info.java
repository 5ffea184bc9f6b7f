/**
 * Anonymisation techniques for data-holding teams, one class per technique named in
 * Oubli's registry ({@code AnonymisationTechnique}): {@link Placeholder},
 * {@link KeyedHashPseudonymiser}, {@link Generalise}, {@link IpTruncation}. Plain Java,
 * no Spring needed ({@link AnonymiseConfiguration} only makes the keyed hash from
 * configuration). Most of them pseudonymise: the result stays personal data unless the
 * whole dataset passes the WP216 tests.
 */
package org.oubli.demo.connector.anonymise;
