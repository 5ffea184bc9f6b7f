/** Turns the registry into a frozen erasure plan and per-system instructions. */
package org.oubli.erasure.plan;
