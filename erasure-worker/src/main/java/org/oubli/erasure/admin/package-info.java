/**
 * The staff admin API of the registry ({@code /staff/api/v1/systems}, role ADMIN once the
 * kit's staff security is in).
 */
package org.oubli.erasure.admin;
