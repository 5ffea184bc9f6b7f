/** Demo data: the five seeded people and a read-only summary for humans. */
package org.oubli.demo.profiles.demo;
