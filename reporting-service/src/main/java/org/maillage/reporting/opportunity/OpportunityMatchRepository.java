package org.maillage.reporting.opportunity;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface OpportunityMatchRepository extends CrudRepository<OpportunityMatchRow, OpportunityMatchRow.Key> {

    /** Hand-written: every matched enterprise in one statement, a match seen twice (a redelivery, a replay) kept once. */
    @Query("""
            insert into opportunity_match (opportunity_id, enterprise_id)
            select :opportunityId, e from unnest(cast(:enterprises as uuid[])) e on conflict do nothing""")
    long matched(UUID opportunityId, String[] enterprises);
}
