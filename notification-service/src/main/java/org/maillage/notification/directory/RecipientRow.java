package org.maillage.notification.directory;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.util.UUID;

/** A person this service may write to: a directory account's address, language and (for a coordinator) pilots, a uuid[] read as text. */
@MappedEntity("recipient")
public record RecipientRow(@Id UUID accountId, @Nullable UUID organizationId, String role, String email, String language,
                           Instant changedAt, @TypeDef(type = DataType.STRING_ARRAY) String[] pilots) {
}
