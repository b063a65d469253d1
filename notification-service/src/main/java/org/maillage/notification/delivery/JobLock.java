package org.maillage.notification.delivery;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/**
 * Serializes a periodic job across the instances of this service: each instance runs the digest, reminder and weekly
 * jobs, and they queue by the same keys, so a second run adds nothing; held one at a time, two runs also never wait on
 * each other's uncommitted rows (where two set-based inserts could deadlock). Hand-written: an advisory lock is no
 * entity's; it is held until the caller's transaction ends.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface JobLock extends GenericRepository<OutgoingMessage, Long> {

    @Query("select 1 from pg_advisory_xact_lock(hashtextextended('maillage-notification-job:' || :job, 0))")
    int hold(String job);
}
