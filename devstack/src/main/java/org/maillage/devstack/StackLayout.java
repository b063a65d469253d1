package org.maillage.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Where the local stack keeps its data and which ports it uses, all from the environment with defaults
 * that run on a fresh machine. The data folder (MAILLAGE_HOME, default .maillage/ at the root) survives
 * restarts; `./maillage reset` deletes it.
 */
record StackLayout(Path root, Path home, int postgresPort, int kafkaPort, int kafkaControllerPort,
                   int gatewayPort, int mailPort, String databasePassword) {

    private static final String JWKS = "MICRONAUT_SECURITY_TOKEN_JWT_SIGNATURES_JWKS_MAILLAGE_URL";

    static final List<String> DATABASES = List.of("directory", "contracts", "reporting", "notification", "web");

    static StackLayout fromEnvironment() {
        Path root = Path.of(env("MAILLAGE_ROOT", ".")).toAbsolutePath().normalize();
        Path home = Path.of(env("MAILLAGE_HOME", root.resolve(".maillage").toString())).toAbsolutePath();
        return new StackLayout(root, home,
                Integer.parseInt(env("MAILLAGE_PG_PORT", "15432")),
                Integer.parseInt(env("MAILLAGE_KAFKA_PORT", "19092")),
                Integer.parseInt(env("MAILLAGE_KAFKA_CONTROLLER_PORT", "19093")),
                Integer.parseInt(env("MAILLAGE_GATEWAY_PORT", "8080")),
                Integer.parseInt(env("MAILLAGE_MAIL_PORT", "3025")),
                env("MAILLAGE_DB_PASSWORD", "maillage-dev"));
    }

    Path logs() {
        return home.resolve("logs");
    }

    /** A pid file per child process, so that what a killed launcher left can be stopped later. */
    Path pids() {
        return home.resolve("pids");
    }

    /** The launcher's own pid, so that `./maillage stop` and a second launcher find a running one. */
    Path launcherPid() {
        return home.resolve("launcher.pid");
    }

    void ensureFolders() {
        try {
            Files.createDirectories(logs());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page where a person reads the messages the platform sent (the local mail server's). */
    int mailPagePort() {
        return gatewayPort + 6;
    }

    List<ServiceSpec> services() {
        int directory = gatewayPort + 1;
        int contracts = gatewayPort + 2;
        int reporting = gatewayPort + 3;
        int web = gatewayPort + 4;
        int notification = gatewayPort + 5;
        String gateway = "http://127.0.0.1:" + gatewayPort;
        // the services check access tokens against the directory's keys: at its port, which moves with the gateway's
        String jwks = "http://127.0.0.1:" + directory + "/.well-known/jwks.json";
        return List.of(
                service("directory-service", directory, "directory", Map.of(
                        "MAILLAGE_BOOTSTRAP_COORDINATOR_EMAIL", DemoAccounts.COORDINATOR_EMAIL,
                        "MAILLAGE_BOOTSTRAP_COORDINATOR_PASSWORD", DemoAccounts.COORDINATOR_PASSWORD,
                        "MAILLAGE_BOOTSTRAP_COORDINATOR_PILOTS", DemoAccounts.MONTREAL_PILOT)),
                // attached files live with the rest of the stack's data, and `./maillage reset` deletes them too
                service("contracts-service", contracts, "contracts", Map.of(JWKS, jwks,
                        "MAILLAGE_DOCUMENTS_STORAGE", "folder", "MAILLAGE_DOCUMENTS_FOLDER", home.resolve("documents").toString())),
                service("reporting-service", reporting, "reporting", Map.of(JWKS, jwks)),
                service("notification-service", notification, "notification", Map.of(JWKS, jwks,
                        "MAILLAGE_MAIL_SMTP_HOST", "127.0.0.1", "MAILLAGE_MAIL_SMTP_PORT", String.valueOf(mailPort),
                        "MAILLAGE_MAIL_BASE_URL", "http://localhost:" + gatewayPort)),
                // the site reads the API through the gateway, like any client; its sessions survive a restart
                // (plain HTTP on this machine: the cookies cannot be Secure here, and only here)
                service("web", web, "web", Map.of("MAILLAGE_WEB_API_URL", gateway, "MAILLAGE_WEB_SESSION_KEY", webSessionKey(),
                        "MAILLAGE_WEB_SECURE_COOKIES", "false")),
                // the demo loader signs in once as each of its 40 members, from this one address
                service("gateway", gatewayPort, null, Map.of(
                        "MAILLAGE_RATE_LIMITS_LOGIN_PER_ADDRESS_PER_MINUTE", "200",
                        "MAILLAGE_ROUTES_DIRECTORY", "http://127.0.0.1:" + directory,
                        "MAILLAGE_ROUTES_CONTRACTS", "http://127.0.0.1:" + contracts,
                        "MAILLAGE_ROUTES_REPORTING", "http://127.0.0.1:" + reporting,
                        "MAILLAGE_ROUTES_NOTIFICATION", "http://127.0.0.1:" + notification,
                        "MAILLAGE_ROUTES_WEB", "http://127.0.0.1:" + web,
                        // the site calls the API for its visitors and says who they are
                        "MAILLAGE_TRUSTED_PROXIES", "127.0.0.1")));
    }

    /** The key that seals the site's sessions: made once and kept with the data, so sign-ins survive a restart. */
    private String webSessionKey() {
        Path file = home.resolve("web-session.key");
        try {
            if (!Files.exists(file)) {
                byte[] key = new byte[32];
                new java.security.SecureRandom().nextBytes(key);
                Files.createDirectories(home);
                Files.writeString(file, java.util.Base64.getEncoder().encodeToString(key));
            }
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How to move a service's port: they all follow the gateway's. */
    String howToMoveServices() {
        int other = gatewayPort == 8080 ? 9080 : gatewayPort + 100;
        return "MAILLAGE_GATEWAY_PORT=" + other + " ./maillage run (the gateway takes that port, the services the ones after it)";
    }

    /** Locally, each service's management port is its port plus 1000 (gateway 9080, directory 9081, ...). */
    private ServiceSpec service(String name, int port, String database, Map<String, String> env) {
        Map<String, String> withManagement = new java.util.HashMap<>(env);
        withManagement.put(ServiceProcess.MANAGEMENT_PORT, String.valueOf(port + 1000));
        // the local run is for this machine only: nothing listens on its other addresses
        withManagement.put("MICRONAUT_SERVER_HOST", "127.0.0.1");
        return new ServiceSpec(name, root.resolve(name).resolve("target").resolve(name + ".jar"), port, database, withManagement);
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
