package org.maillage.contracts.api;

/** Wire types on {@link ContractsTopics#OPPORTUNITIES}; all but interest and response carry an {@link OpportunityState}. */
public final class OpportunityEventTypes {

    public static final String PUBLISHED_V1 = "maillage.contracts.opportunity.published.v1";
    public static final String AMENDED_V1 = "maillage.contracts.opportunity.amended.v1";
    public static final String CLOSED_V1 = "maillage.contracts.opportunity.closed.v1";
    public static final String CANCELLED_V1 = "maillage.contracts.opportunity.cancelled.v1";
    public static final String AWARDED_V1 = "maillage.contracts.opportunity.awarded.v1";
    public static final String UNSUCCESSFUL_V1 = "maillage.contracts.opportunity.unsuccessful.v1";
    /** Carries an {@link OpportunityInterest}, not a state: an enterprise said whether it is interested. */
    public static final String INTEREST_V1 = "maillage.contracts.opportunity.interest.v1";
    /** Carries an {@link OpportunityResponse}: that an enterprise responded or withdrew, never what it offered. */
    public static final String RESPONSE_V1 = "maillage.contracts.opportunity.response.v1";

    private OpportunityEventTypes() {
    }
}
