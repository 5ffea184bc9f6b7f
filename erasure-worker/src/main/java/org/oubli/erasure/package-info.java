/** erasure-worker. */
package org.oubli.erasure;
