package org.maillage.contracts.question;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Sort;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface QuestionRepository extends CrudRepository<QuestionRow, UUID> {

    /** Locked, so two answers given at once are applied one after the other, each announced with what it wrote. */
    Optional<QuestionRow> findByIdAndOpportunityIdForUpdate(UUID id, UUID opportunityId);

    List<QuestionRow> findByOpportunityId(UUID opportunityId, Sort sort);
}
