/**
 * Handing the archive to the subject: expiring, limited, hashed-token download links,
 * decrypted as they stream, and the purge of expired archives.
 */
package org.oubli.export.download;
