/** The verification API and the bilingual confirmation page. */
package org.oubli.verification.web;
