package org.maillage.directory.people;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface PersonRepository extends CrudRepository<PersonRow, UUID> {

    /**
     * A page of an organization's people by name then id, after the person {@code after} (null: from the start).
     * Hand-written: a keyset on (name, id) taken from the last row of the previous page.
     */
    @Query("""
            select * from person
            where organization_id = :organizationId and removed_at is null and (cast(:after as uuid) is null
                or (name, id) > (select name, id from person where id = cast(:after as uuid) and organization_id = :organizationId))
            order by name, id limit :limit""")
    List<PersonRow> pageAfter(UUID organizationId, @Nullable UUID after, int limit);

    /** The organization's person, not removed, locked so that a change and a removal at the same moment do not interleave. */
    @Query("select * from person where id = :id and organization_id = :organizationId and removed_at is null for update")
    Optional<PersonRow> findPresent(UUID id, UUID organizationId);
}
