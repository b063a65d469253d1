package org.maillage.directory.reference;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("region")
record RegionRow(@Id String code, String labelFr, String labelEn) {
}
