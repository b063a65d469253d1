package org.maillage.contracts.organization;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** contracts-service's own copy of the directory: who exists, of which kind, and whether active. */
@Singleton
public class KnownOrganizations {

    /** @param decisionUnits an institution's decision units; empty for an enterprise */
    public record Known(UUID id, String kind, String name, String status, List<UUID> pilots, List<UUID> decisionUnits) {
        public boolean active() {
            return "ACTIVE".equals(status);
        }
    }

    private final TransactionOperations<Connection> tx;

    public KnownOrganizations(TransactionOperations<Connection> tx) {
        this.tx = tx;
    }

    public Optional<Known> find(UUID id) {
        return tx.executeRead(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement(
                    "select kind, name, status, pilots, decision_units from known_organization where id = ?")) {
                ps.setObject(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new Known(id, rs.getString(1), rs.getString(2), rs.getString(3), uuids(rs.getArray(4)),
                            uuids(rs.getArray(5)))) : Optional.empty();
                }
            }
        });
    }

    private static List<UUID> uuids(java.sql.Array array) throws java.sql.SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).map(UUID::fromString).toList();
    }
}
