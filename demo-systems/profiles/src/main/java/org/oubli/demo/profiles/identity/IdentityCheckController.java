package org.oubli.demo.profiles.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.oubli.contracts.connector.IdentityCheck;
import org.oubli.contracts.connector.IdentityCheck.DataPointKind;
import org.oubli.contracts.connector.IdentityCheckResult;
import org.oubli.demo.profiles.account.Profile;
import org.oubli.kit.web.InvalidInputException;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /dsar/v1/identity-checks}: does the account of this address hold this phone
 * number or account id? Always 200 {@code {"match": true|false}}: a wrong value and an
 * unknown address get the same answer, and the same work is done for both (one lookup by
 * address, then a profile read and the value's digest compared in constant time with the
 * account's, or with a decoy profile's when there is no account). The log names the
 * request id and the kind of data point only, never the address, the value or the result.
 */
@RestController
class IdentityCheckController {

	private static final Logger log = LoggerFactory.getLogger(IdentityCheckController.class);

	/** What an unknown address is compared with, so that its check costs the same. */
	private static final String DECOY = "decoy-value-that-matches-nothing";

	private static final String DECOY_ID = "decoy";

	/** A profile of the same shape as a real one, read when no account exists. */
	private static final org.bson.Document DECOY_PROFILE = new org.bson.Document("_id", DECOY_ID)
		.append("email", "decoy@invalid")
		.append("civility", "M.")
		.append("firstName", "Decoy")
		.append("lastName", "Decoy")
		.append("phone", "+33 6 00 00 00 00")
		.append("city", "Nowhere")
		.append("photoUrl", "https://invalid/decoy.jpg")
		.append("createdAt", java.util.Date.from(java.time.Instant.EPOCH));

	private final MongoTemplate mongo;

	IdentityCheckController(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@PostMapping("/dsar/v1/identity-checks")
	IdentityCheckResult check(@RequestBody IdentityCheck check) {
		validate(check);
		Profile profile = this.mongo.findOne(
				Query.query(Criteria.where("email").is(check.email().strip().toLowerCase(Locale.ROOT))), Profile.class);
		if (profile == null) {
			// the same mapping work as for a found account
			profile = this.mongo.getConverter().read(Profile.class, DECOY_PROFILE);
		}
		String onFile = (profile.accountId() != null && !DECOY_ID.equals(profile.accountId()))
				? valueOf(profile, check.kind()) : null;
		boolean known = onFile != null;
		byte[] expected = digest(normalise(check.kind(), known ? onFile : DECOY));
		byte[] given = digest(normalise(check.kind(), check.value()));
		boolean match = MessageDigest.isEqual(expected, given) & known;
		log.info("Identity check for request {} ({}) answered", check.requestId(), check.kind());
		return new IdentityCheckResult(match);
	}

	private static void validate(IdentityCheck check) {
		if (check == null) {
			throw new InvalidInputException("body", "is required");
		}
		if (check.email() == null || check.email().isBlank()) {
			throw new InvalidInputException("email", "is required");
		}
		if (check.kind() == null) {
			throw new InvalidInputException("kind", "is required (PHONE or ACCOUNT_ID)");
		}
		if (check.value() == null || check.value().isBlank() || check.value().length() > 64) {
			throw new InvalidInputException("value", "is required, at most 64 characters");
		}
	}

	private static String valueOf(Profile profile, DataPointKind kind) {
		return switch (kind) {
			case PHONE -> profile.phone();
			case ACCOUNT_ID -> profile.accountId();
		};
	}

	/**
	 * Phone numbers compare on their last nine digits (so {@code +33 6 ...} and
	 * {@code 06 ...} match); account ids without case or spaces.
	 */
	static String normalise(DataPointKind kind, String value) {
		String text = value.strip();
		if (kind == DataPointKind.PHONE) {
			String digits = text.replaceAll("[^0-9]", "");
			return (digits.length() > 9) ? digits.substring(digits.length() - 9) : digits;
		}
		return text.toLowerCase(Locale.ROOT).replaceAll("\\s", "");
	}

	private static byte[] digest(String value) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

}
