package org.oubli.contracts;

/** The rights a data subject can exercise (GDPR Art. 15-21). */
public enum RequestType {

	ACCESS, PORTABILITY, ERASURE, RECTIFICATION, RESTRICTION, OBJECTION

}
