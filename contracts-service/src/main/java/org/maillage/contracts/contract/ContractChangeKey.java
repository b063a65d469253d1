package org.maillage.contracts.contract;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedProperty;

import java.util.UUID;

/** A change is the contract's n-th, counted from 1. */
@Embeddable
record ContractChangeKey(@MappedProperty("contract_id") UUID contractId, @MappedProperty("seq") int seq) {
}
