package org.maillage.directory.reference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A UNSPSC segment or family; a family's parent is its segment. */
@MappedEntity("category")
record CategoryRow(@Id String code, @Nullable String parent, String labelFr, String labelEn) {
}
