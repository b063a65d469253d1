package org.maillage.directory.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * A pilot's coordinator invited an organization that already exists into that pilot ({@link ApplicationEventTypes#INVITATION_SENT_V1}
 * on {@link DirectoryTopics#APPLICATIONS}, keyed by the invited organization's id). Names only, no personal data: whoever
 * tells the organization finds its people from directory.accounts. One of the organization's own accounts answers on its
 * account page; the answer is announced as an organization update when the organization joins.
 *
 * @param pilotName        the inviting pilot's name, as the organization will read it
 * @param organizationName the invited organization's legal name
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record InvitationSent(UUID invitationId, UUID pilotId, String pilotName, UUID organizationId, String organizationName,
                             Instant occurredAt) {
}
