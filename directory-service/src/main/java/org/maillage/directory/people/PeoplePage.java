package org.maillage.directory.people;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;

import java.util.List;
import java.util.UUID;

/**
 * One page of an organization's people, by name.
 *
 * @param nextCursor pass it back as {@code cursor} for the next page; null on the last page
 */
@Serdeable
public record PeoplePage(@ArraySchema(maxItems = 50) List<PersonView> items, @Nullable UUID nextCursor) {
}
