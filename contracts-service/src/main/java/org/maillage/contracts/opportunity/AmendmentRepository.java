package org.maillage.contracts.opportunity;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Sort;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface AmendmentRepository extends CrudRepository<AmendmentRow, UUID> {

    List<AmendmentRow> findByOpportunityIdIn(Collection<UUID> opportunityIds, Sort sort);
}
