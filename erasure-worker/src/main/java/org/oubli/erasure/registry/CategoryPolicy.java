package org.oubli.erasure.registry;

import java.time.Period;

import org.oubli.contracts.connector.ErasureAction;

/**
 * What happens to one data category of a system on erasure.
 *
 * @param name the category name ({@code invoices})
 * @param action erase, anonymise or retain
 * @param technique for {@link ErasureAction#ANONYMISE}: the technique
 * ({@code placeholder})
 * @param legalBasis for {@link ErasureAction#RETAIN}: the law that requires keeping it
 * @param retention for {@link ErasureAction#RETAIN}: how long from the fan-out date, ISO
 * 8601 ({@code P10Y})
 */
public record CategoryPolicy(String name, ErasureAction action, String technique, String legalBasis, Period retention) {

}
