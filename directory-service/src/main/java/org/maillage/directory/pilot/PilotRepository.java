package org.maillage.directory.pilot;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Sort;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface PilotRepository extends CrudRepository<PilotRow, UUID> {

    List<PilotRow> findAll(Sort sort);
}
