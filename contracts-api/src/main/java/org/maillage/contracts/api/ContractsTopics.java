package org.maillage.contracts.api;

/** Topics contracts-service publishes, one per aggregate, keyed by the aggregate id. */
public final class ContractsTopics {

    public static final String OPPORTUNITIES = "contracts.opportunities";
    public static final String CONTRACTS = "contracts.contracts";
    public static final String CONTACTS = "contracts.contacts";

    private ContractsTopics() {
    }
}
