package org.maillage.notification.opportunity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface OpportunityRepository extends CrudRepository<OpportunityRow, UUID> {

    /** Hand-written: an upsert where the newest state wins in one statement, whatever order the events arrive in. */
    @Query("""
            insert into opportunity (id, title_fr, title_en, categories, regions, deadline, status, cancel_reason, changed_at, buyer_id,
                                     estimated_value)
            values (:id, :titleFr, :titleEn, :categories, :regions, :deadline, :status, :cancelReason, :changedAt, :buyerId, :estimatedValue)
            on conflict (id) do update set title_fr = excluded.title_fr, title_en = excluded.title_en,
                categories = excluded.categories, regions = excluded.regions, deadline = excluded.deadline,
                status = excluded.status, cancel_reason = excluded.cancel_reason, changed_at = excluded.changed_at,
                buyer_id = excluded.buyer_id, estimated_value = excluded.estimated_value
            where opportunity.changed_at <= excluded.changed_at""")
    long keepNewest(UUID id, @Nullable String titleFr, @Nullable String titleEn, String[] categories, String[] regions, Instant deadline,
                    String status, @Nullable String cancelReason, Instant changedAt, @Nullable UUID buyerId,
                    @Nullable BigDecimal estimatedValue);

    /** Set apart from the state (its own event, after the published one on the same partition); the state's upsert leaves it. */
    @Query("update opportunity set question_deadline = :questionDeadline where id = :id")
    long questionDeadline(UUID id, Instant questionDeadline);

    /** How many enterprises the publication matched, from the matched event. */
    @Query("update opportunity set matched_enterprises = :matched where id = :id")
    long matched(UUID id, int matched);

    /** The opportunities a digest gathered, by deadline. */
    @Query("select o.* from opportunity o join outgoing_message m on m.opportunity_id = o.id where m.digest_id = :digestId order by o.deadline")
    List<OpportunityRow> inDigest(long digestId);

    /** The buyer's name, as this service's copy of the directory has it; empty while the buyer is not known here. */
    @Query(value = "select b.name from opportunity o join organization b on b.id = o.buyer_id where o.id = :id", nativeQuery = true)
    Optional<String> buyerName(UUID id);
}
