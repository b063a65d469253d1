package org.maillage.contracts.api;

/** Wire types on {@link ContractsTopics#CONTRACTS}, all carrying a {@link ContractState}. */
public final class ContractEventTypes {

    public static final String RECORDED_V1 = "maillage.contracts.contract.recorded.v1";
    /** The other party confirmed a declared contract: reporting now counts it. */
    public static final String CONFIRMED_V1 = "maillage.contracts.contract.confirmed.v1";

    private ContractEventTypes() {
    }
}
