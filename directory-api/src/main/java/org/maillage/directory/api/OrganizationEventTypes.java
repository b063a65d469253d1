package org.maillage.directory.api;

/**
 * Wire types of the events on {@link DirectoryTopics#ORGANIZATIONS}, all carrying an {@link OrganizationState}.
 * The version is part of the type:
 * a change that would break a consumer gets a new type, published beside the old one until consumers move.
 */
public final class OrganizationEventTypes {

    public static final String REGISTERED_V1 = "maillage.directory.organization.registered.v1";
    public static final String UPDATED_V1 = "maillage.directory.organization.updated.v1";
    public static final String DEACTIVATED_V1 = "maillage.directory.organization.deactivated.v1";

    private OrganizationEventTypes() {
    }

    /** True for the types whose data is an {@link OrganizationState} (all of this version). */
    public static boolean carriesState(String type) {
        return REGISTERED_V1.equals(type) || UPDATED_V1.equals(type) || DEACTIVATED_V1.equals(type);
    }
}
