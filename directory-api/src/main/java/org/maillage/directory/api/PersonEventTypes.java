package org.maillage.directory.api;

/**
 * Wire types of the events on {@link DirectoryTopics#PEOPLE}. The version is part of the type: a change that would
 * break a consumer gets a new type, published beside the old one until consumers move.
 */
public final class PersonEventTypes {

    /** Carries a {@link PersonAdded}. */
    public static final String ADDED_V1 = "maillage.directory.person.added.v1";

    /** Carries a {@link PersonRemoved}. */
    public static final String REMOVED_V1 = "maillage.directory.person.removed.v1";

    private PersonEventTypes() {
    }
}
