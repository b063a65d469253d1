package org.maillage.directory.pilot;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.maillage.platform.problem.ProblemException;
import org.maillage.platform.security.Caller;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Pilots: several at once (Montréal, Estrie), each with its members, read in pages. */
@Singleton
public class PilotService {

    private final TransactionOperations<Connection> tx;

    public PilotService(TransactionOperations<Connection> tx) {
        this.tx = tx;
    }

    /** The coordinator who opens a pilot coordinates it (its next token carries it). */
    public PilotView create(Caller caller, NewPilot pilot) {
        if (pilot.endsOn().isBefore(pilot.startsOn())) {
            throw ProblemException.invalid("endsOn", "must not be before startsOn / la fin précède le début");
        }
        UUID id = UUID.randomUUID();
        tx.executeWrite(status -> {
            insert(status.getConnection(), id, pilot);
            try (PreparedStatement ps = status.getConnection().prepareStatement(
                    "update account set pilots = array_append(pilots, ?) where id = ?")) {
                ps.setString(1, id.toString());
                ps.setObject(2, caller.accountId());
                ps.executeUpdate();
            }
            return null;
        });
        return find(id).orElseThrow();
    }

    /** Creates the pilot with this id if it does not exist yet (first start of a deployment). */
    public void ensure(UUID id, NewPilot pilot) {
        tx.executeWrite(status -> {
            if (find(status.getConnection(), id).isEmpty()) {
                insert(status.getConnection(), id, pilot);
            }
            return null;
        });
    }

    public boolean exists(UUID id) {
        return find(id).isPresent();
    }

    public Optional<PilotView> find(UUID id) {
        return tx.executeRead(status -> find(status.getConnection(), id));
    }

    /** Every pilot with its member count: one query, however many pilots and members. */
    public List<PilotView> all() {
        return tx.executeRead(status -> {
            List<PilotView> out = new ArrayList<>();
            try (PreparedStatement ps = status.getConnection().prepareStatement(SELECT + " order by p.starts_on, p.name");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
            return out;
        });
    }

    /** Members by name then id; {@code after} is the last organization of the previous page. */
    public MemberPage members(UUID pilot, UUID after, int size) {
        return tx.executeRead(status -> {
            List<MemberPage.Member> out = new ArrayList<>();
            try (PreparedStatement ps = status.getConnection().prepareStatement("""
                    select o.id, o.legal_name, o.kind, o.status, m.joined_on from pilot_member m
                    join organization o on o.id = m.organization_id
                    where m.pilot_id = ? and (cast(? as uuid) is null
                        or (o.sort_name, o.id) > (select sort_name, id from organization where id = cast(? as uuid)))
                    order by o.sort_name, o.id limit ?""")) {
                ps.setObject(1, pilot);
                ps.setObject(2, after);
                ps.setObject(3, after);
                ps.setInt(4, size + 1);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new MemberPage.Member(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getDate(5).toLocalDate()));
                    }
                }
            }
            boolean more = out.size() > size;
            List<MemberPage.Member> page = more ? out.subList(0, size) : out;
            return new MemberPage(List.copyOf(page), more ? page.get(size - 1).organizationId() : null);
        });
    }

    private static void insert(Connection c, UUID id, NewPilot p) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into pilot (id, name, region, starts_on, ends_on, coordinating_organization, created_at)
                values (?, ?, ?, ?, ?, ?, ?)""")) {
            ps.setObject(1, id);
            ps.setString(2, p.name().strip());
            ps.setString(3, p.region());
            ps.setDate(4, Date.valueOf(p.startsOn()));
            ps.setDate(5, Date.valueOf(p.endsOn()));
            ps.setString(6, p.coordinatingOrganization().strip());
            ps.setTimestamp(7, Timestamp.from(Instant.now()));
            ps.executeUpdate();
        }
    }

    private static final String SELECT = """
            select p.id, p.name, p.region, p.starts_on, p.ends_on, p.coordinating_organization,
                   (select count(*) from pilot_member m where m.pilot_id = p.id)
            from pilot p""";

    private static Optional<PilotView> find(Connection c, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + " where p.id = ?")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    private static PilotView read(ResultSet rs) throws SQLException {
        return new PilotView(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate(),
                rs.getDate(5).toLocalDate(), rs.getString(6), rs.getLong(7));
    }
}
