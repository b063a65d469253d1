package org.maillage.directory.organization;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface DecisionUnitRepository extends CrudRepository<DecisionUnitRow, UUID> {

    List<DecisionUnitRow> findByOrganizationIdOrderByName(UUID organizationId);

    /** The units that still buy: a retired one is kept for what names it, and offered to no one. */
    List<DecisionUnitRow> findByOrganizationIdAndRetiredOnIsNullOrderByName(UUID organizationId);
}
