package org.oubli.verification.code;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.oubli.contracts.connector.IdentityCheck;
import org.oubli.contracts.connector.IdentityCheck.DataPointKind;

/**
 * The profiles system's identity check, in memory: Camille's phone and account id; nobody
 * else has an account. Records what it was asked; can be switched off.
 */
final class FakeIdentityChecker implements IdentityChecker {

	static final String CAMILLE_PHONE = "+33 6 12 34 56 78";

	private final Map<String, Map<DataPointKind, String>> accounts = Map.of("camille.martin@example.fr",
			Map.of(DataPointKind.PHONE, CAMILLE_PHONE, DataPointKind.ACCOUNT_ID, "acc-1001"));

	final List<IdentityCheck> asked = new CopyOnWriteArrayList<>();

	volatile boolean down;

	@Override
	public boolean matches(IdentityCheck check) {
		if (this.down) {
			throw new IdentityCheckUnavailableException("down", null);
		}
		this.asked.add(check);
		return check.value().equals(this.accounts.getOrDefault(check.email(), Map.of()).get(check.kind()));
	}

}
