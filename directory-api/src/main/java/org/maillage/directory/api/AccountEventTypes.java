package org.maillage.directory.api;

/**
 * Wire types of the events on {@link DirectoryTopics#ACCOUNTS}. Opened and updated carry an {@link AccountState};
 * closed carries an {@link AccountClosed}, which holds no personal data, so that a closed account's address
 * is gone from every consumer that applies it (and from the topic once it is compacted past the older events).
 */
public final class AccountEventTypes {

    public static final String OPENED_V1 = "maillage.directory.account.opened.v1";
    public static final String UPDATED_V1 = "maillage.directory.account.updated.v1";
    public static final String CLOSED_V1 = "maillage.directory.account.closed.v1";

    private AccountEventTypes() {
    }

    /** True for the types whose data is an {@link AccountState}. */
    public static boolean carriesState(String type) {
        return OPENED_V1.equals(type) || UPDATED_V1.equals(type);
    }
}
