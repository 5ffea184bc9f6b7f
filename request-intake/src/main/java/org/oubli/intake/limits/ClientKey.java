package org.oubli.intake.limits;

/**
 * A caller as the limits know it: a keyed hash of its IP address, never the address
 * itself.
 *
 * @param value the hash, hex
 */
public record ClientKey(String value) {

}
