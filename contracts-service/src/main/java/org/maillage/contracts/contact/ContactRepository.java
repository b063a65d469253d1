package org.maillage.contracts.contact;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ContactRepository extends CrudRepository<ContactRow, UUID> {

    /** Locks the row: two follow-ups to one contact are written one after the other. */
    Optional<ContactRow> findByIdForUpdate(UUID id);
}
