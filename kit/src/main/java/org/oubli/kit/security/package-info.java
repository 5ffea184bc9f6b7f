/**
 * Staff security for every service: HTTP Basic with local accounts on {@code /staff/**},
 * CSRF tokens for server-rendered forms, 401/403 as problem details.
 */
package org.oubli.kit.security;
