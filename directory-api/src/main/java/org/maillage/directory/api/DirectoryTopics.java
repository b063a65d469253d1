package org.maillage.directory.api;

/** Topics directory-service publishes, one per aggregate, keyed by the aggregate id. */
public final class DirectoryTopics {

    /** Enterprises and institutions: registered, updated, deactivated. */
    public static final String ORGANIZATIONS = "directory.organizations";

    /** Accounts, for the services that write to people (notification-service): opened, updated, closed. */
    public static final String ACCOUNTS = "directory.accounts";

    /** Contact people, for the services that check who a record names (contracts-service): added. Ids only, no personal data. */
    public static final String PEOPLE = "directory.people";

    /**
     * Applications to join a pilot, with the applicant's contact (personal data): refused; and invitations of existing
     * organizations into another pilot: sent. Keyed by the organization id.
     */
    public static final String APPLICATIONS = "directory.applications";

    private DirectoryTopics() {
    }
}
