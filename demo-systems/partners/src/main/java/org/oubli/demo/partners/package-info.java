/**
 * demo-partners: misbehaving data-holding systems (flaky, slow, malformed, forgetful)
 * speaking Oubli's connector API, to show and test how erasure-worker copes.
 */
package org.oubli.demo.partners;
