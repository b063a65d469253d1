package org.maillage.directory.organization;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface CertificationRepository extends CrudRepository<CertificationRow, UUID> {

    List<CertificationRow> findByOrganizationIdOrderByName(UUID organizationId);

    void deleteByOrganizationId(UUID organizationId);
}
