/**
 * demo-profiles: accounts, contact details, photos and listings of a small marketplace.
 */
package org.oubli.demo.profiles;
