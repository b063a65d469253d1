package org.maillage.contracts.matching;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface MatchOpenedRepository extends CrudRepository<MatchOpenedRow, MatchOpenedKey> {

    /**
     * The first time the account opens an opportunity matched to its enterprise; any other is not recorded. Hand-written:
     * one insert from the notifications, so an opportunity not matched to the enterprise adds nothing, and a second
     * opening nothing either.
     */
    @Query("""
            insert into match_opened (account_id, opportunity_id, opened_at)
            select cast(:accountId as uuid), n.opportunity_id, now() from notification n where n.opportunity_id = :opportunityId and n.enterprise_id = :enterpriseId
            on conflict do nothing""")
    void opened(UUID accountId, UUID opportunityId, UUID enterpriseId);

    /** The open opportunities the account opened itself, the latest first. Hand-written for the join on the opportunity's status. */
    @Query("""
            select m.opportunity_id from match_opened m join opportunity o on o.id = m.opportunity_id
            where m.account_id = :accountId and o.status = 'PUBLISHED' order by m.opened_at desc limit :limit""")
    List<UUID> openedBy(UUID accountId, int limit);
}
