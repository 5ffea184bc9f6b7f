/** HTTP errors as RFC 9457 problem details, never a stack trace. */
package org.oubli.kit.web;
