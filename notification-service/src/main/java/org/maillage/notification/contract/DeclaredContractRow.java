package org.maillage.notification.contract;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A contract one party declared, kept for the message that asks the others to confirm it and for the weekly summary. */
@MappedEntity("declared_contract")
record DeclaredContractRow(@Id UUID contractId, String title, BigDecimal valueCad, UUID recordedBy, UUID buyerId, Instant declaredAt,
                           boolean confirmed) {
}
