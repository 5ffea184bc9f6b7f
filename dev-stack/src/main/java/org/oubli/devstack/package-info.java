/**
 * The one-command dev stack: embedded infrastructure plus every service and demo system
 * in one JVM.
 */
package org.oubli.devstack;
