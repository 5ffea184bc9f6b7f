/** MongoDB helpers: idempotent single-document updates. */
package org.oubli.kit.mongo;
