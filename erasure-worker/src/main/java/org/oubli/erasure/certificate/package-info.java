/**
 * The signed erasure certificate: per system and category what was done, on what basis
 * and until when, without personal data; signed with ES256 (JWS) and verifiable offline
 * with the published public key.
 */
package org.oubli.erasure.certificate;
