/**
 * The archive: a ZIP streamed through a streaming AEAD into GridFS, never held in memory
 * and never stored in clear; its JSON and CSV files, manifest and Art. 15 summary.
 */
package org.oubli.export.archive;
