package org.oubli.contracts.registry;

/**
 * The privacy contact of a third-party processor (GDPR Art. 19), for systems in
 * {@link IntegrationMode#PROCESSOR_EMAIL} mode. A business address, not a data subject's.
 *
 * @param organisation the processor's name ({@code Stripe})
 * @param privacyEmail where erasure requests are sent
 */
public record ProcessorContact(String organisation, String privacyEmail) {

}
