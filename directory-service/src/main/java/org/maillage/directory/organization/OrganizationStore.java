package org.maillage.directory.organization;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The organization aggregate in SQL: the row, its certifications, decision units and pilot memberships. */
@Singleton
public class OrganizationStore {

    /** What a new organization row holds. */
    record NewRow(UUID id, String kind, String legalName, List<String> otherNames, String neq, String status,
                  String legalForm, String institutionType, String missionFr, String missionEn, List<String> categories,
                  List<String> regions, String address, String website, String sizeBand, String capacityNotes,
                  Integer commitmentContracts, BigDecimal commitmentValue, Instant now) {
    }

    private final TransactionOperations<Connection> tx;

    public OrganizationStore(TransactionOperations<Connection> tx) {
        this.tx = tx;
    }

    void insert(NewRow r) throws SQLException {
        Connection c = tx.getConnection();
        try (PreparedStatement ps = c.prepareStatement("""
                insert into organization (id, kind, legal_name, other_names, neq, status, legal_form, institution_type,
                    mission_fr, mission_en, categories, regions, address, website, size_band, capacity_notes,
                    commitment_contracts, commitment_value, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            ps.setObject(1, r.id());
            ps.setString(2, r.kind());
            ps.setString(3, r.legalName());
            ps.setArray(4, texts(c, r.otherNames()));
            ps.setString(5, r.neq());
            ps.setString(6, r.status());
            ps.setString(7, r.legalForm());
            ps.setString(8, r.institutionType());
            ps.setString(9, r.missionFr());
            ps.setString(10, r.missionEn());
            ps.setArray(11, texts(c, r.categories()));
            ps.setArray(12, texts(c, r.regions()));
            ps.setString(13, r.address());
            ps.setString(14, r.website());
            ps.setString(15, r.sizeBand());
            ps.setString(16, r.capacityNotes());
            ps.setObject(17, r.commitmentContracts());
            ps.setBigDecimal(18, r.commitmentValue());
            ps.setTimestamp(19, Timestamp.from(r.now()));
            ps.setTimestamp(20, Timestamp.from(r.now()));
            ps.executeUpdate();
        }
    }

    /** Replaces an enterprise's profile: everything but its NEQ and memberships. */
    void updateProfile(UUID id, EnterpriseForm f, Instant now) throws SQLException {
        Connection c = tx.getConnection();
        try (PreparedStatement ps = c.prepareStatement("""
                update organization set legal_name = ?, other_names = ?, legal_form = ?, mission_fr = ?, mission_en = ?,
                    categories = ?, regions = ?, address = ?, website = ?, size_band = ?, capacity_notes = ?,
                    updated_at = ?, version = version + 1
                where id = ?""")) {
            ps.setString(1, f.legalName().strip());
            ps.setArray(2, texts(c, f.otherNames()));
            ps.setString(3, f.legalForm());
            ps.setString(4, f.missionFr());
            ps.setString(5, f.missionEn());
            ps.setArray(6, texts(c, f.categories()));
            ps.setArray(7, texts(c, f.regions()));
            ps.setString(8, f.address());
            ps.setString(9, f.website());
            ps.setString(10, f.sizeBand());
            ps.setString(11, f.capacityNotes());
            ps.setTimestamp(12, Timestamp.from(now));
            ps.setObject(13, id);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("delete from certification where organization_id = ?")) {
            ps.setObject(1, id);
            ps.executeUpdate();
        }
        addCertifications(id, f.certifications() == null ? List.of() : f.certifications());
    }

    /** An institution buys what its decision units buy. */
    void recomputeInstitutionCategories(UUID id) throws SQLException {
        try (PreparedStatement ps = tx.getConnection().prepareStatement("""
                update organization set categories = coalesce((select array_agg(distinct c order by c)
                    from decision_unit u, unnest(u.categories) c where u.organization_id = ?), '{}') where id = ?""")) {
            ps.setObject(1, id);
            ps.setObject(2, id);
            ps.executeUpdate();
        }
    }

    void addCertifications(UUID organization, List<CertificationForm> certifications) throws SQLException {
        try (PreparedStatement ps = tx.getConnection().prepareStatement(
                "insert into certification (id, organization_id, name, issuer, expires_on) values (?, ?, ?, ?, ?)")) {
            for (CertificationForm f : certifications) {
                ps.setObject(1, UUID.randomUUID());
                ps.setObject(2, organization);
                ps.setString(3, f.name().strip());
                ps.setString(4, f.issuer().strip());
                ps.setDate(5, f.expiresOn() == null ? null : Date.valueOf(f.expiresOn()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    void addDecisionUnits(UUID organization, List<DecisionUnitForm> units) throws SQLException {
        Connection c = tx.getConnection();
        try (PreparedStatement ps = c.prepareStatement("""
                insert into decision_unit (id, organization_id, name, categories, threshold_cad, methods, calendar_notes)
                values (?, ?, ?, ?, ?, ?, ?)""")) {
            for (DecisionUnitForm u : units) {
                ps.setObject(1, UUID.randomUUID());
                ps.setObject(2, organization);
                ps.setString(3, u.name().strip());
                ps.setArray(4, texts(c, u.categories()));
                ps.setBigDecimal(5, u.thresholdCad());
                ps.setArray(6, texts(c, u.methods()));
                ps.setString(7, u.calendarNotes());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Joins a pilot; joining again keeps the first date. */
    void addMembership(UUID organization, UUID pilot, LocalDate joinedOn) throws SQLException {
        try (PreparedStatement ps = tx.getConnection().prepareStatement(
                "insert into pilot_member (pilot_id, organization_id, joined_on) values (?, ?, ?) on conflict do nothing")) {
            ps.setObject(1, pilot);
            ps.setObject(2, organization);
            ps.setDate(3, Date.valueOf(joinedOn));
            ps.executeUpdate();
        }
    }

    /** Moves the status from one of the given ones; false when the organization was not in any of them. */
    boolean changeStatus(UUID id, List<String> from, String to, Instant now) throws SQLException {
        Connection c = tx.getConnection();
        try (PreparedStatement ps = c.prepareStatement(
                "update organization set status = ?, updated_at = ?, version = version + 1 where id = ? and status = any(?)")) {
            ps.setString(1, to);
            ps.setTimestamp(2, Timestamp.from(now));
            ps.setObject(3, id);
            ps.setArray(4, texts(c, from));
            return ps.executeUpdate() == 1;
        }
    }

    void touch(UUID id, Instant now) throws SQLException {
        try (PreparedStatement ps = tx.getConnection().prepareStatement(
                "update organization set updated_at = ?, version = version + 1 where id = ?")) {
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setObject(2, id);
            ps.executeUpdate();
        }
    }

    /** Rebuilds the search document with the database function that defines it (migration V6). */
    void refreshSearch(UUID id) throws SQLException {
        try (PreparedStatement ps = tx.getConnection().prepareStatement("select refresh_organization_search(?)")) {
            ps.setObject(1, id);
            ps.execute();
        }
    }

    /** The organization holding this NEQ, if any; within the caller's transaction. */
    public Optional<UUID> findByNeq(String neq) throws SQLException {
        try (PreparedStatement ps = tx.getConnection().prepareStatement("select id from organization where neq = ?")) {
            ps.setString(1, neq);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getObject(1, UUID.class)) : Optional.empty();
            }
        }
    }

    public Optional<OrganizationDetails> find(UUID id) {
        return tx.executeRead(status -> {
            Connection c = status.getConnection();
            try (PreparedStatement ps = c.prepareStatement("""
                    select id, kind, legal_name, other_names, neq, status, legal_form, institution_type, mission_fr, mission_en,
                           categories, regions, address, website, size_band, capacity_notes, commitment_contracts,
                           commitment_value, created_at, updated_at
                    from organization where id = ?""")) {
                ps.setObject(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    boolean institution = "INSTITUTION".equals(rs.getString(2));
                    Integer contracts = (Integer) rs.getObject(17);
                    BigDecimal value = rs.getBigDecimal(18);
                    return Optional.of(new OrganizationDetails(id, rs.getString(2), rs.getString(3), list(rs.getArray(4)),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                            list(rs.getArray(11)), list(rs.getArray(12)), rs.getString(13), rs.getString(14), rs.getString(15),
                            rs.getString(16), certifications(c, id), decisionUnits(c, id),
                            institution ? new OrganizationDetails.Commitment(contracts, value) : null,
                            memberships(c, id), rs.getTimestamp(19).toInstant(), rs.getTimestamp(20).toInstant()));
                }
            }
        });
    }

    private static List<OrganizationDetails.Certification> certifications(Connection c, UUID id) throws SQLException {
        List<OrganizationDetails.Certification> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "select name, issuer, expires_on from certification where organization_id = ? order by name")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                LocalDate today = LocalDate.now(Clocks.MONTREAL);
                while (rs.next()) {
                    LocalDate expires = rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate();
                    out.add(new OrganizationDetails.Certification(rs.getString(1), rs.getString(2), expires,
                            expires != null && expires.isBefore(today)));
                }
            }
        }
        return out;
    }

    private static List<OrganizationDetails.DecisionUnit> decisionUnits(Connection c, UUID id) throws SQLException {
        List<OrganizationDetails.DecisionUnit> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select id, name, categories, threshold_cad, methods, calendar_notes from decision_unit
                where organization_id = ? order by name""")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new OrganizationDetails.DecisionUnit(rs.getObject(1, UUID.class), rs.getString(2), list(rs.getArray(3)),
                            rs.getBigDecimal(4), list(rs.getArray(5)), rs.getString(6)));
                }
            }
        }
        return out;
    }

    private static List<OrganizationDetails.Membership> memberships(Connection c, UUID id) throws SQLException {
        List<OrganizationDetails.Membership> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "select pilot_id, joined_on from pilot_member where organization_id = ? order by joined_on, pilot_id")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new OrganizationDetails.Membership(rs.getObject(1, UUID.class), rs.getDate(2).toLocalDate()));
                }
            }
        }
        return out;
    }

    static Array texts(Connection c, List<String> values) throws SQLException {
        return c.createArrayOf("text", values == null ? new Object[0] : values.toArray());
    }

    static List<String> list(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }
}
