/** Taking requests in over the REST API and showing where a case stands. */
package org.oubli.intake.request;
