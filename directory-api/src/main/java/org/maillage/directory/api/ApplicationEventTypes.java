package org.maillage.directory.api;

/** Wire types of the events on {@link DirectoryTopics#APPLICATIONS}; the version is part of the type. */
public final class ApplicationEventTypes {

    /** Data: an {@link ApplicationRefused}. */
    public static final String REFUSED_V1 = "maillage.directory.application.refused.v1";

    /** Data: an {@link InvitationSent}: an organization that exists already is invited into another pilot. */
    public static final String INVITATION_SENT_V1 = "maillage.directory.invitation.sent.v1";

    private ApplicationEventTypes() {
    }
}
