package org.maillage.notification.message;

import java.math.BigDecimal;

/** What a message says about a contract another party declared: its title, value and who declared it. */
public record DeclaredContract(String title, BigDecimal valueCad, String declaredBy) {
}
