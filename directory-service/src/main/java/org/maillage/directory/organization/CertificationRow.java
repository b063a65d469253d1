package org.maillage.directory.organization;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDate;
import java.util.UUID;

@MappedEntity("certification")
record CertificationRow(@Id UUID id, UUID organizationId, String name, String issuer, @Nullable LocalDate expiresOn) {
}
