/** Demo data: the five demo people, as this system knows them, seeded at start. */
package org.oubli.demo.messaging.demo;
