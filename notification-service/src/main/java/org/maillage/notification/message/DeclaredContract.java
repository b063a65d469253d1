package org.maillage.notification.message;

import io.micronaut.core.annotation.Introspected;

import java.math.BigDecimal;

/** What a message says about a contract another party declared: its title, value and who declared it. */
@Introspected
public record DeclaredContract(String title, BigDecimal valueCad, String declaredBy) {
}
