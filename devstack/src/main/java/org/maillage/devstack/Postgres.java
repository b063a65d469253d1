package org.maillage.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real PostgreSQL server from binaries shipped in a Maven artifact (zonky), so a machine with only a JDK and
 * Maven gets one. The server is a child process of this JVM (no pg_ctl, which would put it in a session of its
 * own), its data directory is kept between runs, and it is checked to be the server that answers on its port.
 */
public final class Postgres implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(60);

    private final Path dataDir;
    private final int port;
    private final ChildProcesses children;
    private final ChildProcess server;

    private Postgres(Path dataDir, int port, ChildProcesses children, ChildProcess server) {
        this.dataDir = dataDir;
        this.port = port;
        this.children = children;
        this.server = server;
    }

    public static Postgres start(Path dataDir, int port) {
        return start(dataDir, port, ChildProcesses.ofThisJvm());
    }

    public static Postgres start(Path dataDir, int port, ChildProcesses children) {
        try {
            Path absolute = dataDir.toAbsolutePath().normalize();
            Path bin = PostgresBinaries.unpacked().resolve("bin");
            if (!Files.exists(absolute.resolve("postgresql.conf"))) {
                initdb(bin, absolute, children);
            }
            Path log = absolute.resolveSibling(absolute.getFileName() + ".log");
            ProcessBuilder pb = new ProcessBuilder(command(bin, "postgres", "-D", absolute.toString(), "-p", String.valueOf(port),
                    "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=300",
                    "-c", "fsync=on", "-c", "synchronous_commit=off", "-c", "timezone=UTC"))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            ChildProcess server = children.start("postgres", pb, "-D " + absolute + " -p " + port + " ",
                    ChildProcess.Signal.INT, Duration.ofSeconds(30));
            Postgres pg = new Postgres(absolute, port, children, server);
            pg.awaitReady(log);
            pg.requireOwnDataDirectory();
            return pg;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    public long pid() {
        return server.pid();
    }

    public String adminUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
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
            return DriverManager.getConnection(adminUrl() + "?connectTimeout=5", "postgres", "postgres");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        children.stop(server);
    }

    /**
     * The server on our port must be ours: were it another (a leftover, someone else's), its data would silently be
     * used instead of ours.
     */
    private void requireOwnDataDirectory() throws IOException {
        String answered;
        try (Connection c = adminConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("show data_directory")) {
            rs.next();
            answered = rs.getString(1);
        } catch (SQLException e) {
            throw new StackFailure("PostgreSQL on port " + port + " did not say its data directory: " + e.getMessage());
        }
        if (!Files.exists(Path.of(answered)) || !Files.isSameFile(Path.of(answered), dataDir)) {
            throw new StackFailure("the PostgreSQL answering on port " + port + " is not the one this launcher started: its data directory is "
                    + answered + ", not " + dataDir);
        }
    }

    private void awaitReady(Path log) {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.process().isAlive()) {
                throw new StackFailure("PostgreSQL exited with code " + server.process().exitValue() + ", see " + log);
            }
            try (Connection c = DriverManager.getConnection(adminUrl() + "?connectTimeout=2", "postgres", "postgres")) {
                return;
            } catch (SQLException notYet) {
                Ports.sleep(100);
            }
        }
        throw new StackFailure("PostgreSQL not ready after " + STARTUP.toSeconds() + " s, see " + log);
    }

    /** A new cluster, made aside and moved in place once complete: an interrupted initdb never leaves a half-made data directory. */
    private static void initdb(Path bin, Path dataDir, ChildProcesses children) throws IOException {
        Path partial = dataDir.resolveSibling(dataDir.getFileName() + ".initdb");
        PostgresBinaries.deleteTree(partial);
        PostgresBinaries.deleteTree(dataDir); // no postgresql.conf: never a usable cluster
        Files.createDirectories(partial.getParent());
        Path log = dataDir.resolveSibling("initdb.log");
        ProcessBuilder pb = new ProcessBuilder(command(bin, "initdb", "-A", "trust", "-U", "postgres", "-D", partial.toString(), "-E", "UTF-8"))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        ChildProcess initdb = children.start("initdb", pb, "-D " + partial, ChildProcess.Signal.TERM, Duration.ofSeconds(10));
        try {
            if (!initdb.process().waitFor(120, TimeUnit.SECONDS) || initdb.process().exitValue() != 0) {
                throw new StackFailure("initdb failed, see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackFailure("interrupted during initdb");
        } finally {
            children.stop(initdb);
        }
        Files.move(partial, dataDir);
    }

    /** As root, through `unshare -U`: PostgreSQL refuses to run as root, and in a user namespace of its own it is not. */
    private static List<String> command(Path bin, String program, String... args) {
        List<String> cmd = new ArrayList<>();
        if (isRoot()) {
            cmd.addAll(List.of("unshare", "-U"));
        }
        cmd.add(bin.resolve(program).toString());
        cmd.addAll(List.of(args));
        return cmd;
    }

    private static boolean isRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException e) {
            return "root".equals(System.getProperty("user.name"));
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
