package org.maillage.contracts.api;

/** Wire types on {@link ContractsTopics#CONTACTS}, all carrying a {@link ContactState}. */
public final class ContactEventTypes {

    public static final String LOGGED_V1 = "maillage.contracts.contact.logged.v1";
    /** Outcome, next step or follow-up date changed afterwards. */
    public static final String UPDATED_V1 = "maillage.contracts.contact.updated.v1";

    private ContactEventTypes() {
    }
}
