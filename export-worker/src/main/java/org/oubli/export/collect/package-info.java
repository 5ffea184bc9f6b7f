/**
 * Collecting a subject's records from the data-holding systems, page by page, through
 * {@code POST /dsar/v1/records}: the only place that knows where systems live.
 */
package org.oubli.export.collect;
