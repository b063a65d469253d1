package org.maillage.contracts.api;

/** Wire types on {@link ContractsTopics#CONTRACTS}, all carrying a {@link ContractState}. */
public final class ContractEventTypes {

    public static final String RECORDED_V1 = "maillage.contracts.contract.recorded.v1";
    /** The other party confirmed a declared contract: reporting now counts it. */
    public static final String CONFIRMED_V1 = "maillage.contracts.contract.confirmed.v1";

    /** An amendment (value, end date) with its reason. */
    public static final String AMENDED_V1 = "maillage.contracts.contract.amended.v1";
    /** Active, completed (with its final value), terminated or cancelled. */
    public static final String STATUS_CHANGED_V1 = "maillage.contracts.contract.status-changed.v1";

    private ContractEventTypes() {
    }
}
