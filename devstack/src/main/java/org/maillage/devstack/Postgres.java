package org.maillage.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL server from binaries shipped in a Maven artifact (zonky), so a machine with
 * only a JDK and Maven gets one. Its data directory is kept between runs.
 */
public final class Postgres implements AutoCloseable {

    private final EmbeddedPostgres server;

    private Postgres(EmbeddedPostgres server) {
        this.server = server;
    }

    public static Postgres start(Path dataDir, int port) {
        try {
            Files.createDirectories(dataDir.getParent());
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", "on")
                    .setPGStartupWait(java.time.Duration.ofSeconds(60))
                    .start();
            return new Postgres(pg);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return server.getPort();
    }

    public String adminUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/postgres";
    }

    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    /** Creates the database and its owner if they do not exist yet; safe to call on every start. */
    public void ensureDatabase(String database, String user, String password) {
        ensureDatabase(adminConnection(), database, user, password);
    }

    public static void ensureDatabase(Connection admin, String database, String user, String password) {
        try (admin; Statement st = admin.createStatement()) {
            if (!exists(admin, "select 1 from pg_roles where rolname = ?", user)) {
                st.execute("create role " + ident(user) + " login password '" + password.replace("'", "''") + "'");
            }
            if (!exists(admin, "select 1 from pg_database where datname = ?", database)) {
                st.execute("create database " + ident(database) + " owner " + ident(user) + " encoding 'UTF8' template template0");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + database + ": " + e.getMessage(), e);
        }
    }

    public Connection adminConnection() {
        try {
            return server.getPostgresDatabase().getConnection();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean exists(Connection c, String sql, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static String ident(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain identifier: " + name);
        }
        return name;
    }
}
