package org.maillage.directory.invitation;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface InvitationRepository extends CrudRepository<InvitationRow, UUID> {

    /**
     * Hand-written for its {@code on conflict do nothing}: the partial unique index of migration V9 alone decides,
     * even between two invitations sent at once, whether one already awaits the organization's answer (0 rows).
     */
    @Query("""
            insert into pilot_invitation (id, pilot_id, organization_id, status, invited_by, created_at)
            values (:id, :pilotId, :organizationId, 'PENDING', :invitedBy, :createdAt) on conflict do nothing""")
    long invite(UUID id, UUID pilotId, UUID organizationId, UUID invitedBy, Instant createdAt);

    @Query("select * from pilot_invitation where organization_id = :organizationId and status = 'PENDING' order by created_at, id")
    List<InvitationRow> pendingFor(UUID organizationId);

    /** An answer holds the invitation's lock, so that two answers at once cannot both succeed. */
    Optional<InvitationRow> findByIdForUpdate(UUID id);

    void update(@Id UUID id, String status, UUID answeredBy, Instant answeredAt);
}
