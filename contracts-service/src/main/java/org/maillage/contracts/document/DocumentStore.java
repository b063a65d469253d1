package org.maillage.contracts.document;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Document rows in SQL; every method runs in the caller's transaction. */
@Singleton
class DocumentStore {

    private static final String COLUMNS = """
            id, series_id, version, opportunity_id, enterprise_id, file_name, content_type, size_bytes, sha256, storage_key,
            summary, uploaded_by, uploaded_at""";
    private static final String SELECT = """
            select d.id, d.series_id, d.version, d.opportunity_id, d.enterprise_id, d.file_name, d.content_type, d.size_bytes,
                   d.sha256, d.storage_key, d.summary, d.uploaded_by, d.uploaded_at from document d where """;
    // a series' documents in the order they were first attached, each series' versions in order
    private static final String ORDER = " order by (select min(first.uploaded_at) from document first where first.series_id = d.series_id),"
            + " d.series_id, d.version";

    private final TransactionOperations<Connection> tx;

    DocumentStore(TransactionOperations<Connection> tx) {
        this.tx = tx;
    }

    /** Serializes document changes to one opportunity, so two replacements of a document never take the same version. */
    void lockOpportunity(UUID opportunity) throws SQLException {
        try (PreparedStatement ps = tx.getConnection().prepareStatement("select id from opportunity where id = ? for update")) {
            ps.setObject(1, opportunity);
            ps.executeQuery().close();
        }
    }

    void insert(StoredDocument d) throws SQLException {
        try (PreparedStatement ps = tx.getConnection().prepareStatement("insert into document (" + COLUMNS
                + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setObject(1, d.id());
            ps.setObject(2, d.seriesId());
            ps.setInt(3, d.version());
            ps.setObject(4, d.opportunityId());
            ps.setObject(5, d.enterpriseId());
            ps.setString(6, d.fileName());
            ps.setString(7, d.contentType());
            ps.setLong(8, d.sizeBytes());
            ps.setString(9, d.sha256());
            ps.setString(10, d.storageKey());
            ps.setString(11, d.summary());
            ps.setObject(12, d.uploadedBy());
            ps.setTimestamp(13, Timestamp.from(d.uploadedAt()));
            ps.executeUpdate();
        }
    }

    Optional<StoredDocument> find(UUID id) throws SQLException {
        List<StoredDocument> found = many("d.id = ?", ps -> ps.setObject(1, id));
        return found.stream().findFirst();
    }

    /** The latest version of a series. */
    int lastVersion(UUID series) throws SQLException {
        try (PreparedStatement ps = tx.getConnection().prepareStatement("select max(version) from document where series_id = ?")) {
            ps.setObject(1, series);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** The notice's documents (enterprise null) or one enterprise's response documents, every version. */
    List<StoredDocument> of(UUID opportunity, UUID enterprise) throws SQLException {
        if (enterprise == null) {
            return many("d.opportunity_id = ? and d.enterprise_id is null", ps -> ps.setObject(1, opportunity));
        }
        return many("d.opportunity_id = ? and d.enterprise_id = ?", ps -> {
            ps.setObject(1, opportunity);
            ps.setObject(2, enterprise);
        });
    }

    /** The documents of every response that still stands (a withdrawn response's files are not the buyer's to read). */
    List<StoredDocument> ofStandingResponses(UUID opportunity) throws SQLException {
        return many("""
                d.opportunity_id = ? and d.enterprise_id is not null and exists (select 1 from response r
                where r.opportunity_id = d.opportunity_id and r.enterprise_id = d.enterprise_id and r.status <> 'WITHDRAWN')""",
                ps -> ps.setObject(1, opportunity));
    }

    boolean hasStandingResponse(UUID opportunity, UUID enterprise) throws SQLException {
        try (PreparedStatement ps = tx.getConnection().prepareStatement(
                "select 1 from response where opportunity_id = ? and enterprise_id = ? and status <> 'WITHDRAWN'")) {
            ps.setObject(1, opportunity);
            ps.setObject(2, enterprise);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private List<StoredDocument> many(String where, Binder binder) throws SQLException {
        List<StoredDocument> out = new ArrayList<>();
        try (PreparedStatement ps = tx.getConnection().prepareStatement(SELECT + " " + where + ORDER)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new StoredDocument(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getInt(3),
                            rs.getObject(4, UUID.class), rs.getObject(5, UUID.class), rs.getString(6), rs.getString(7), rs.getLong(8),
                            rs.getString(9), rs.getString(10), rs.getString(11), rs.getObject(12, UUID.class),
                            rs.getTimestamp(13).toInstant()));
                }
            }
        }
        return out;
    }
}
