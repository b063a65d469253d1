package org.maillage.web.session;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface SessionRepository extends CrudRepository<SessionRow, String> {

    /**
     * The live session, seen now; none when idle longer than {@code idleMinutes} or begun more than {@code maxHours}
     * ago, however busy (use does not make a session last for ever). Hand-written so that checking and keeping it
     * alive are one statement on the database's clock (two requests at once cannot revive an idle one).
     */
    @Query("""
            update web_session set last_seen_at = now()
            where id_hash = :idHash and last_seen_at > now() - make_interval(mins => :idleMinutes)
                and created_at > now() - make_interval(hours => :maxHours)
            returning *""")
    List<SessionRow> touch(String idHash, int idleMinutes, int maxHours);

    /** Locks the row until the transaction ends, so two renewals of one session are made one after the other. */
    Optional<SessionRow> findByIdHashForUpdate(String idHash);

    void deleteByLastSeenAtLessThanOrCreatedAtLessThan(Instant seenBefore, Instant createdBefore);
}
