package org.maillage.directory.people;

import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.maillage.directory.organization.OrganizationDetails;
import org.maillage.directory.organization.OrganizationService;
import org.maillage.directory.organization.OrganizationStore;
import org.maillage.platform.problem.ProblemException;
import org.maillage.platform.security.Caller;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Contact people. An organization's own accounts and the coordinators of all its pilots add them; the
 * participants of its pilots read them, a page at a time and a limited number per minute (that is how
 * first contacts happen, not how lists are harvested); anonymous visitors never.
 */
@Singleton
public class PeopleService {

    private final TransactionOperations<Connection> tx;
    private final OrganizationStore organizations;
    private final PeopleReadQuota quota;

    public PeopleService(TransactionOperations<Connection> tx, OrganizationStore organizations, PeopleReadQuota quota) {
        this.tx = tx;
        this.organizations = organizations;
        this.quota = quota;
    }

    public PersonView add(Caller caller, UUID organizationId, PersonForm f) {
        OrganizationDetails o = organizations.find(organizationId).orElseThrow(() -> ProblemException.notFound("Organization", organizationId));
        boolean own = caller.belongsTo(organizationId);
        if (!own && !OrganizationService.coordinatesAll(caller, o)) {
            throw ProblemException.forbidden("Only the organization itself, or a coordinator of every pilot it takes part in, adds its people.");
        }
        if (f.decisionUnitId() != null && o.decisionUnits().stream().noneMatch(u -> u.id().equals(f.decisionUnitId()))) {
            throw ProblemException.invalid("decisionUnitId", "not a decision unit of this organization");
        }
        PersonView person = new PersonView(UUID.randomUUID(), organizationId, f.decisionUnitId(), f.name().strip(),
                f.title(), f.email() == null ? null : f.email().strip().toLowerCase(Locale.ROOT), f.phone(),
                f.language() == null ? "fr" : f.language());
        tx.executeWrite(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement("""
                    insert into person (id, organization_id, decision_unit_id, name, title, email, phone, language, created_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                ps.setObject(1, person.id());
                ps.setObject(2, organizationId);
                ps.setObject(3, person.decisionUnitId());
                ps.setString(4, person.name());
                ps.setString(5, person.title());
                ps.setString(6, person.email());
                ps.setString(7, person.phone());
                ps.setString(8, person.language());
                ps.setTimestamp(9, Timestamp.from(Instant.now()));
                return ps.executeUpdate();
            }
        });
        return person;
    }

    /**
     * A page of the organization's people, for a participant of one of its pilots: its own accounts, an
     * account of an organization that takes part in one of the same pilots, or a coordinator of one of
     * them. Anyone else is told 403 (the organization itself is public). Every person read counts
     * against the caller's quota.
     */
    public PeoplePage of(Caller caller, UUID organizationId, UUID after, int size) {
        OrganizationDetails o = organizations.find(organizationId).orElseThrow(() -> ProblemException.notFound("Organization", organizationId));
        List<UUID> pilots = o.pilots().stream().map(OrganizationDetails.Membership::pilotId).toList();
        return tx.executeRead(status -> {
            Connection c = status.getConnection();
            if (!caller.belongsTo(organizationId) && pilots.stream().noneMatch(caller::coordinates)
                    && !(caller.organizationId() != null && sharesPilot(c, caller.organizationId(), organizationId))) {
                throw ProblemException.forbidden("People's details are shown only to participants of a pilot this organization takes part in.");
            }
            List<PersonView> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    select id, decision_unit_id, name, title, email, phone, language from person
                    where organization_id = ? and (cast(? as uuid) is null
                        or (name, id) > (select name, id from person where id = cast(? as uuid) and organization_id = ?))
                    order by name, id limit ?""")) {
                ps.setObject(1, organizationId);
                ps.setObject(2, after);
                ps.setObject(3, after);
                ps.setObject(4, organizationId);
                ps.setInt(5, size + 1);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new PersonView(rs.getObject(1, UUID.class), organizationId, rs.getObject(2, UUID.class), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)));
                    }
                }
            }
            boolean more = out.size() > size;
            List<PersonView> page = more ? out.subList(0, size) : out;
            quota.spend(caller.accountId(), page.size());
            return new PeoplePage(List.copyOf(page), more ? page.get(size - 1).id() : null);
        });
    }

    /** Whether the two organizations take part in at least one pilot together. */
    private static boolean sharesPilot(Connection c, UUID a, UUID b) throws java.sql.SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                select 1 from pilot_member x join pilot_member y on y.pilot_id = x.pilot_id
                where x.organization_id = ? and y.organization_id = ? limit 1""")) {
            ps.setObject(1, a);
            ps.setObject(2, b);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
