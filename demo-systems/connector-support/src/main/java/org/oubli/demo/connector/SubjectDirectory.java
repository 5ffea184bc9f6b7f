package org.oubli.demo.connector;

import java.util.Set;

import org.oubli.contracts.subject.SubjectIdentifiers;

/** Finds the accounts of a data subject. */
public interface SubjectDirectory {

	/**
	 * The accounts that belong to the subject. The email address is the verified
	 * identifier: every account under it is the subject's. The account id is the
	 * subject's own claim: it is taken unless this system knows that account under
	 * another address, so a subject can never have somebody else's account erased.
	 * @param subject the identifiers from the instruction
	 * @return the account ids, empty when this system holds nothing about the subject
	 */
	Set<String> accountIdsOf(SubjectIdentifiers subject);

}
