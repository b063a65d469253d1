package org.maillage.directory.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A coordinator refused an enterprise's application to join a pilot ({@link ApplicationEventTypes#REFUSED_V1} on
 * {@link DirectoryTopics#APPLICATIONS}). It carries the applicant's contact address, personal data, which is why it is
 * not on the public organizations topic.
 *
 * @param contactEmail where to tell the applicant; null when the application gave none (then no one is told)
 * @param language     fr or en: the language the applicant wrote in
 * @param reason       the coordinator's reason, as the applicant will read it
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ApplicationRefused(UUID organizationId, String name, List<UUID> pilots, @Nullable String contactEmail,
                                 String language, String reason, Instant occurredAt) {

    public ApplicationRefused {
        pilots = pilots == null ? List.of() : List.copyOf(pilots);
    }
}
