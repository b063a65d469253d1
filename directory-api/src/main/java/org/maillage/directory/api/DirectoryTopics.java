package org.maillage.directory.api;

/** Topics directory-service publishes, one per aggregate, keyed by the aggregate id. */
public final class DirectoryTopics {

    /** Enterprises and institutions: registered, updated, deactivated. */
    public static final String ORGANIZATIONS = "directory.organizations";

    private DirectoryTopics() {
    }
}
