package org.maillage.directory.people;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A contact person; {@code removedAt} set: left the organization, hidden and unreachable, kept for the histories that name it. */
@MappedEntity("person")
record PersonRow(@Id UUID id, UUID organizationId, @Nullable UUID decisionUnitId, String name, @Nullable String title,
                 @Nullable String email, @Nullable String phone, String language, Instant createdAt, @Nullable Instant updatedAt,
                 @Nullable Instant removedAt) {

    PersonView view() {
        return new PersonView(id, organizationId, decisionUnitId, name, title, email, phone, language);
    }
}
