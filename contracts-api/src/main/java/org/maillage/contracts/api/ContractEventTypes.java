package org.maillage.contracts.api;

/** Wire types on {@link ContractsTopics#CONTRACTS}, all carrying a {@link ContractState}. */
public final class ContractEventTypes {

    public static final String RECORDED_V1 = "maillage.contracts.contract.recorded.v1";

    private ContractEventTypes() {
    }
}
