package org.maillage.notification.directory;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface RecipientRepository extends CrudRepository<RecipientRow, UUID> {

    /** Hand-written: an upsert where the newest state wins in one statement, whatever order the events arrive in. */
    @Query("""
            insert into recipient (account_id, organization_id, role, email, language, pilots, changed_at)
            values (:accountId, :organizationId, :role, :email, :language, cast(:pilots as uuid[]), :changedAt)
            on conflict (account_id) do update set organization_id = excluded.organization_id, role = excluded.role,
                email = excluded.email, language = excluded.language, pilots = excluded.pilots,
                changed_at = excluded.changed_at
            where recipient.changed_at <= excluded.changed_at""")
    long keepNewest(UUID accountId, @Nullable UUID organizationId, String role, String email, String language, String[] pilots,
                    Instant changedAt);
}
