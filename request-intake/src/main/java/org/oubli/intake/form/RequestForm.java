package org.oubli.intake.form;

import org.oubli.contracts.PersonalData;

/**
 * What the form posts, as typed: nothing here is trusted before {@link FormChecks} has
 * looked at it. {@link #toString()} shows nothing personal.
 */
public class RequestForm {

	private String type;

	@PersonalData
	private String email;

	@PersonalData
	private String accountId;

	@PersonalData
	private String phone;

	private String country;

	@PersonalData
	private String details;

	private boolean authorizedAgent;

	public String getType() {
		return this.type;
	}

	public void setType(String type) {
		this.type = type;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getAccountId() {
		return this.accountId;
	}

	public void setAccountId(String accountId) {
		this.accountId = accountId;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getCountry() {
		return this.country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

	public String getDetails() {
		return this.details;
	}

	public void setDetails(String details) {
		this.details = details;
	}

	public boolean isAuthorizedAgent() {
		return this.authorizedAgent;
	}

	public void setAuthorizedAgent(boolean authorizedAgent) {
		this.authorizedAgent = authorizedAgent;
	}

	@Override
	public String toString() {
		return "RequestForm[redacted, type=" + this.type + "]";
	}

}
