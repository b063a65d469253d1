package org.maillage.directory.organization;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface OrganizationRepository extends CrudRepository<OrganizationRow, UUID> {

    Optional<OrganizationRow> findByNeq(String neq);

    /** Read-modify-write of the row (status changes, profile edits) holds its lock until commit. */
    Optional<OrganizationRow> findByIdForUpdate(UUID id);

    /**
     * Hand-written: the search document is defined once, in the database function of migration V7, so that the
     * bulk refresh of a migration and this one row's refresh cannot differ. It returns void, hence the count.
     */
    @Query("select count(*) from refresh_organization_search(:id)")
    long refreshSearch(UUID id);
}
