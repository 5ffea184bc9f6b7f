package org.oubli.demo.connector;

/**
 * Who this demo system is for Oubli. Each system declares one as a bean.
 *
 * @param systemId the name it is registered under in Oubli's registry ({@code profiles},
 * {@code payments}, {@code messaging}): only instructions addressed to it are carried
 * out, and every receipt carries it
 * @param serviceName the application name ({@code demo-messaging}...), the source of the
 * events it writes
 */
public record ConnectedSystem(String systemId, String serviceName) {
}
