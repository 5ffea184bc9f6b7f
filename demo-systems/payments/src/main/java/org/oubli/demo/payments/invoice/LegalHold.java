package org.oubli.demo.payments.invoice;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Why and until when an invoice is kept after its customer asked for erasure. A held
 * invoice is out of active use: only accounting and the tax authorities may see it.
 *
 * @param basis the law that requires keeping it
 * @param until the day it may be deleted
 * @param placedAt when the hold was placed
 */
public record LegalHold(String basis, LocalDate until, Instant placedAt) {

}
