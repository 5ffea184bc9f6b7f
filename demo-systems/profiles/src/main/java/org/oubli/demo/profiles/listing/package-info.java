/** Listings: tutoring offers and classified ads published by an account. */
package org.oubli.demo.profiles.listing;
