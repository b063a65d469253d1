package org.maillage.reporting.contract;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A contract's share in a pilot, one per participating supplier; written only from the view contract_share_source
 * (migration V6), read here for the cells a change touches.
 */
@MappedEntity("contract_share")
record ContractShareRow(@EmbeddedId Key id, UUID buyerId, LocalDate month, String category, BigDecimal contractValue,
                        BigDecimal shareValue, boolean lead, boolean counted, boolean declared, boolean betweenEnterprises) {

    @Embeddable
    record Key(@MappedProperty("contract_id") UUID contractId, @MappedProperty("pilot_id") UUID pilotId,
               @MappedProperty("supplier_id") UUID supplierId) {
    }
}
