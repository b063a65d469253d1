package org.maillage.contracts.matching;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface NotificationRepository extends CrudRepository<NotificationRow, NotificationKey> {

    /**
     * An active enterprise other than the buyer, in one of the regions and one of the categories; a segment code (XX000000)
     * fits every family of that segment, and the other way round. Hand-written: the rule is array overlap and code
     * prefixes, which only SQL over the arrays says in one statement.
     */
    String FITS = """
            k.kind = 'ENTERPRISE' and k.status = 'ACTIVE' and k.id <> :buyer and k.regions && cast(:regions as text[])
              and exists (select 1 from unnest(k.categories) kc, unnest(cast(:categories as text[])) oc
                          where kc = oc
                             or (right(oc, 6) = '000000' and left(kc, 2) = left(oc, 2))
                             or (right(kc, 6) = '000000' and left(kc, 2) = left(oc, 2)))""";

    /** Notifies every enterprise that fits, in one insert; answers the enterprises notified. */
    @Query(value = "with added as (insert into notification (opportunity_id, enterprise_id, notified_at)"
            + " select :opportunity, k.id, :now from known_organization k where " + FITS
            + " on conflict do nothing returning enterprise_id) select enterprise_id from added", nativeQuery = true)
    List<UUID> notifyFitting(UUID opportunity, UUID buyer, String[] regions, String[] categories, Instant now);

    /** How many enterprises publishing would notify now: the same rule as {@link #notifyFitting}. */
    @Query(value = "select count(*) from known_organization k where " + FITS, nativeQuery = true)
    int countFitting(UUID buyer, String[] regions, String[] categories);

    /** How many enterprises were matched. Written out because the opportunity is a part of the key. */
    @Query("select count(*) from notification where opportunity_id = :opportunity")
    int countByOpportunity(UUID opportunity);

    /** Everyone matched to an opportunity, in the order they were notified. Written out because the opportunity is a part of the key. */
    @Query(value = "select * from notification where opportunity_id = :opportunity order by notified_at, enterprise_id", nativeQuery = true)
    List<NotificationRow> ofOpportunity(UUID opportunity);

    /** Hand-written for the join: only opportunities still open for responses, the latest matched first. */
    @Query(value = """
            select n.* from notification n join opportunity o on o.id = n.opportunity_id
            where n.enterprise_id = :enterprise and o.status = 'PUBLISHED' order by n.notified_at desc, n.opportunity_id limit :limit""",
            nativeQuery = true)
    List<NotificationRow> openOf(UUID enterprise, int limit);

    /** Hand-written so that only the first view is kept, in one statement, whatever else the enterprise does meanwhile. */
    @Query("update notification set viewed_at = now() where opportunity_id = :opportunity and enterprise_id = :enterprise and viewed_at is null")
    void viewed(UUID opportunity, UUID enterprise);

    /**
     * Hand-written for its conflict clause: an enterprise that was not matched may still answer (the row is added), and a
     * matched one keeps when it was first notified and first viewed.
     */
    @Query("""
            insert into notification (opportunity_id, enterprise_id, notified_at, viewed_at, interested, reason, reason_text, answered_at)
            values (:opportunity, :enterprise, :now, :now, :interested, :reason, :reasonText, :now)
            on conflict (opportunity_id, enterprise_id) do update set interested = excluded.interested,
                reason = excluded.reason, reason_text = excluded.reason_text, answered_at = excluded.answered_at,
                viewed_at = coalesce(notification.viewed_at, excluded.viewed_at)""")
    void answer(UUID opportunity, UUID enterprise, boolean interested, @Nullable String reason, @Nullable String reasonText, Instant now);
}
