package org.maillage.contracts.organization;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** contracts-service's copy of the directory's people, kept from directory.people. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface KnownPeople extends CrudRepository<KnownPersonRow, UUID> {

    List<KnownPersonRow> findByIdIn(Collection<UUID> id);

    /** Hand-written for the conflict clause: a person never changes organization, so a repeated announcement changes nothing. */
    @Query("insert into known_person (id, organization_id, added_at) values (:id, :organizationId, :addedAt) on conflict (id) do nothing")
    void add(UUID id, UUID organizationId, Instant addedAt);

    /** Hand-written: only the first removal counts (a redelivered event changes nothing). */
    @Query("update known_person set removed_at = :removedAt where id = :id and removed_at is null")
    void remove(UUID id, Instant removedAt);
}
