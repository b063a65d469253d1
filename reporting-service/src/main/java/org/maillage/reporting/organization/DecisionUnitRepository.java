package org.maillage.reporting.organization;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface DecisionUnitRepository extends CrudRepository<DecisionUnitRow, DecisionUnitRow.Key> {

    @Query("delete from decision_unit where organization_id = :organizationId")
    long deleteOf(UUID organizationId);
}
