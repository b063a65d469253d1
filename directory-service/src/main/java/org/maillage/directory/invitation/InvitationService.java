package org.maillage.directory.invitation;

import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.maillage.directory.organization.OrganizationDetails;
import org.maillage.directory.organization.OrganizationService;
import org.maillage.directory.organization.OrganizationStore;
import org.maillage.directory.pilot.PilotService;
import org.maillage.platform.problem.ProblemException;
import org.maillage.platform.security.Caller;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Invitations into a pilot. An invitation is visible to the invited organization's accounts and to the
 * inviting pilot's coordinators; to anyone else it does not exist (404).
 */
@Singleton
public class InvitationService {

    private final TransactionOperations<Connection> tx;
    private final PilotService pilots;
    private final OrganizationStore store;
    private final OrganizationService organizations;

    public InvitationService(TransactionOperations<Connection> tx, PilotService pilots, OrganizationStore store,
                             OrganizationService organizations) {
        this.tx = tx;
        this.pilots = pilots;
        this.store = store;
        this.organizations = organizations;
    }

    @Transactional
    public Invitation invite(Caller caller, UUID pilot, UUID organization) {
        checkInviter(caller, pilot, organization);
        UUID id = UUID.randomUUID();
        return tx.executeWrite(status -> {
            Connection c = status.getConnection();
            if (!insert(c, id, caller, pilot, organization)) {
                throw ProblemException.conflict("organizationId", "already invited, awaiting its answer / invitation en attente", Map.of());
            }
            return find(c, id).orElseThrow();
        });
    }

    /** For the spreadsheet import: invites unless an invitation already awaits the organization's answer. */
    @Transactional
    public void ensureInvited(Caller caller, UUID pilot, UUID organization) {
        checkInviter(caller, pilot, organization);
        tx.executeWrite(status -> insert(status.getConnection(), UUID.randomUUID(), caller, pilot, organization));
    }

    private void checkInviter(Caller caller, UUID pilot, UUID organization) {
        if (!pilots.exists(pilot)) {
            throw ProblemException.notFound("Pilot", pilot);
        }
        if (!caller.coordinates(pilot)) {
            throw ProblemException.forbidden("Only a coordinator of this pilot invites organizations into it.");
        }
        OrganizationDetails o = store.find(organization)
                .orElseThrow(() -> ProblemException.invalid("organizationId", "no organization " + organization));
        if (o.pilots().stream().anyMatch(m -> m.pilotId().equals(pilot))) {
            throw ProblemException.conflict("organizationId", "already a member of this pilot / déjà membre", Map.of());
        }
    }

    /** False when an invitation of this pilot already awaits the organization's answer. */
    private static boolean insert(Connection c, UUID id, Caller caller, UUID pilot, UUID organization) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into pilot_invitation (id, pilot_id, organization_id, status, invited_by, created_at)
                values (?, ?, ?, 'PENDING', ?, ?) on conflict do nothing""")) {
            ps.setObject(1, id);
            ps.setObject(2, pilot);
            ps.setObject(3, organization);
            ps.setObject(4, caller.accountId());
            ps.setTimestamp(5, Timestamp.from(Instant.now()));
            return ps.executeUpdate() == 1;
        }
    }

    @Transactional(readOnly = true)
    public List<Invitation> pending(Caller caller, UUID organization) {
        if (store.find(organization).isEmpty()) {
            throw ProblemException.notFound("Organization", organization);
        }
        boolean own = caller.belongsTo(organization);
        return tx.executeRead(status -> {
            List<Invitation> out = new ArrayList<>();
            try (PreparedStatement ps = status.getConnection().prepareStatement(SELECT
                    + " where i.organization_id = ? and i.status = 'PENDING' order by i.created_at, i.id")) {
                ps.setObject(1, organization);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Invitation i = read(rs);
                        if (own || caller.coordinates(i.pilotId())) {
                            out.add(i);
                        }
                    }
                }
            }
            return out;
        });
    }

    /** One of the organization's own accounts accepts: the organization joins the pilot and the change is announced. */
    @Transactional
    public OrganizationDetails accept(Caller caller, UUID pilot, UUID invitation) throws SQLException {
        Invitation i = answer(caller, pilot, invitation, "ACCEPTED");
        return organizations.joinWithConsent(i.organizationId(), i.pilotId());
    }

    @Transactional
    public Invitation decline(Caller caller, UUID pilot, UUID invitation) {
        return answer(caller, pilot, invitation, "DECLINED");
    }

    private Invitation answer(Caller caller, UUID pilot, UUID invitation, String answer) {
        return tx.executeWrite(status -> {
            Connection c = status.getConnection();
            Invitation i = find(c, invitation).filter(x -> x.pilotId().equals(pilot) && caller.belongsTo(x.organizationId()))
                    .orElseThrow(() -> ProblemException.notFound("Invitation", invitation));
            try (PreparedStatement ps = c.prepareStatement("""
                    update pilot_invitation set status = ?, answered_by = ?, answered_at = now()
                    where id = ? and status = 'PENDING'""")) {
                ps.setString(1, answer);
                ps.setObject(2, caller.accountId());
                ps.setObject(3, invitation);
                if (ps.executeUpdate() == 0) {
                    throw ProblemException.conflict("status", "this invitation was already answered: " + i.status(), Map.of());
                }
            }
            return find(c, invitation).orElseThrow();
        });
    }

    private static final String SELECT = """
            select i.id, i.pilot_id, p.name, i.organization_id, i.status, i.created_at, i.answered_at
            from pilot_invitation i join pilot p on p.id = i.pilot_id""";

    private static Optional<Invitation> find(Connection c, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + " where i.id = ?")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    private static Invitation read(ResultSet rs) throws SQLException {
        Timestamp answered = rs.getTimestamp(7);
        return new Invitation(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getObject(4, UUID.class),
                rs.getString(5), rs.getTimestamp(6).toInstant(), answered == null ? null : answered.toInstant());
    }
}
