/**
 * Triage of free-text requests: the classifier that reads French and English text into
 * request types, and the items a person must look at (messages the classifier cannot
 * place with confidence, non-requests, unprocessable messages) with their staff API.
 */
package org.oubli.intake.triage;
