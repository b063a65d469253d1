package org.maillage.directory.people;

import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.maillage.directory.organization.OrganizationDetails;
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
 * Contact people. An organization's own accounts and its pilots' coordinators add them; any
 * signed-in participant may read them (that is how first contacts happen); anonymous visitors never.
 */
@Singleton
public class PeopleService {

    private final TransactionOperations<Connection> tx;
    private final OrganizationStore organizations;

    public PeopleService(TransactionOperations<Connection> tx, OrganizationStore organizations) {
        this.tx = tx;
        this.organizations = organizations;
    }

    public PersonView add(Caller caller, UUID organizationId, PersonForm f) {
        OrganizationDetails o = organizations.find(organizationId).orElseThrow(() -> ProblemException.notFound("Organization", organizationId));
        boolean own = caller.belongsTo(organizationId);
        boolean coordinator = o.pilots().stream().anyMatch(m -> caller.coordinates(m.pilotId()));
        if (!own && !coordinator) {
            throw ProblemException.forbidden("Only the organization itself or a coordinator of its pilots adds its people.");
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

    public List<PersonView> of(UUID organizationId) {
        if (organizations.find(organizationId).isEmpty()) {
            throw ProblemException.notFound("Organization", organizationId);
        }
        return tx.executeRead(status -> {
            List<PersonView> out = new ArrayList<>();
            try (PreparedStatement ps = status.getConnection().prepareStatement("""
                    select id, decision_unit_id, name, title, email, phone, language from person
                    where organization_id = ? order by name, id""")) {
                ps.setObject(1, organizationId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new PersonView(rs.getObject(1, UUID.class), organizationId, rs.getObject(2, UUID.class), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)));
                    }
                }
            }
            return out;
        });
    }
}
