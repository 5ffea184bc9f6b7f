/**
 * The web form at {@code /request} (and {@code /}): a data subject's request in French or
 * English, checked field by field, limited against abuse, confirmed with its reference
 * and due date.
 */
package org.oubli.intake.form;
