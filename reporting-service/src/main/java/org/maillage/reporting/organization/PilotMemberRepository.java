package org.maillage.reporting.organization;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface PilotMemberRepository extends CrudRepository<PilotMemberRow, PilotMemberRow.Key> {

    @Query("select * from pilot_member where organization_id = :organizationId")
    List<PilotMemberRow> membershipsOf(UUID organizationId);

    @Query("delete from pilot_member where organization_id = :organizationId")
    long deleteOf(UUID organizationId);
}
