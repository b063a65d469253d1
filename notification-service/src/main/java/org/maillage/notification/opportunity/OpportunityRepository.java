package org.maillage.notification.opportunity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface OpportunityRepository extends CrudRepository<OpportunityRow, UUID> {

    /** Hand-written: an upsert where the newest state wins in one statement, whatever order the events arrive in. */
    @Query("""
            insert into opportunity (id, title_fr, title_en, categories, regions, deadline, status, cancel_reason, changed_at, buyer_id)
            values (:id, :titleFr, :titleEn, :categories, :regions, :deadline, :status, :cancelReason, :changedAt, :buyerId)
            on conflict (id) do update set title_fr = excluded.title_fr, title_en = excluded.title_en,
                categories = excluded.categories, regions = excluded.regions, deadline = excluded.deadline,
                status = excluded.status, cancel_reason = excluded.cancel_reason, changed_at = excluded.changed_at,
                buyer_id = excluded.buyer_id
            where opportunity.changed_at <= excluded.changed_at""")
    long keepNewest(UUID id, @Nullable String titleFr, @Nullable String titleEn, String[] categories, String[] regions, Instant deadline,
                    String status, @Nullable String cancelReason, Instant changedAt, @Nullable UUID buyerId);

    /** The opportunities a digest gathered, by deadline. */
    @Query("select o.* from opportunity o join outgoing_message m on m.opportunity_id = o.id where m.digest_id = :digestId order by o.deadline")
    List<OpportunityRow> inDigest(long digestId);
}
