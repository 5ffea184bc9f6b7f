/** Export jobs: one per verified access or portability request. */
package org.oubli.export.job;
