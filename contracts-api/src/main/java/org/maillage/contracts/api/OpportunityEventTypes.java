package org.maillage.contracts.api;

/**
 * Wire types on {@link ContractsTopics#OPPORTUNITIES}; the six state types carry an {@link OpportunityState}, each other type its
 * own record. A shipped type keeps its meaning and shape; what a consumer newly needs comes as a new version or a new type.
 */
public final class OpportunityEventTypes {

    public static final String PUBLISHED_V1 = "maillage.contracts.opportunity.published.v1";
    public static final String AMENDED_V1 = "maillage.contracts.opportunity.amended.v1";
    public static final String CLOSED_V1 = "maillage.contracts.opportunity.closed.v1";
    public static final String CANCELLED_V1 = "maillage.contracts.opportunity.cancelled.v1";
    public static final String AWARDED_V1 = "maillage.contracts.opportunity.awarded.v1";
    public static final String UNSUCCESSFUL_V1 = "maillage.contracts.opportunity.unsuccessful.v1";
    /** Which enterprises were notified on publishing, carried by {@link OpportunityMatches}. */
    public static final String MATCHED_V1 = "maillage.contracts.opportunity.matched.v1";
    /** Carries an {@link OpportunityInterest}, not a state: an enterprise said whether it is interested. */
    public static final String INTEREST_V1 = "maillage.contracts.opportunity.interest.v1";
    /** Carries an {@link OpportunityResponse}: that an enterprise responded or withdrew, never what it offered. */
    public static final String RESPONSE_V1 = "maillage.contracts.opportunity.response.v1";
    /** Carries a {@link ResponseReceived}: a response version received, for its receipt by email; never what it offers. */
    public static final String RESPONSE_RECEIVED_V1 = "maillage.contracts.opportunity.response-received.v1";
    /** Carries a {@link ResponsePartners}: the partners a submitted joint response names, never what it offers. */
    public static final String PARTNERS_NAMED_V1 = "maillage.contracts.opportunity.partners-named.v1";

    /** Carries an {@link OpportunityQuestion} without its answer: an enterprise asked. Published until v2; still read. */
    public static final String QUESTION_ASKED_V1 = "maillage.contracts.opportunity.question-asked.v1";
    /** Carries an {@link OpportunityQuestionAsked}: an enterprise asked, with the buyer and the notice's contact to tell. */
    public static final String QUESTION_ASKED_V2 = "maillage.contracts.opportunity.question-asked.v2";
    /** Carries an {@link OpportunityQuestion} with its answer: the buyer answered, for every reader. */
    public static final String QUESTION_ANSWERED_V1 = "maillage.contracts.opportunity.question-answered.v1";
    /** Carries an {@link OpportunityQuestionDeadline}: when questions close, if before the deadline. */
    public static final String QUESTION_DEADLINE_V1 = "maillage.contracts.opportunity.question-deadline.v1";
    /** Carries an {@link OpportunityOutcome}: each responding enterprise's own outcome, just before the awarded or unsuccessful state. */
    public static final String OUTCOME_V1 = "maillage.contracts.opportunity.outcome.v1";

    private static final java.util.Set<String> STATES = java.util.Set.of(PUBLISHED_V1, AMENDED_V1, CLOSED_V1, CANCELLED_V1,
            AWARDED_V1, UNSUCCESSFUL_V1);

    /** Whether an event of this type carries an {@link OpportunityState}. */
    public static boolean carriesState(String type) {
        return STATES.contains(type);
    }

    private OpportunityEventTypes() {
    }
}
