package org.oubli.devstack;

/**
 * One application of the stack.
 *
 * @param name its configuration name ({@code <name>.yml})
 * @param application its {@code @SpringBootApplication} class
 * @param role what it is, for the table of URLs
 */
record ServiceSpec(String name, Class<?> application, String role) {

}
