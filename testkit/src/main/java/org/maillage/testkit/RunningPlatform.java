package org.maillage.testkit;

import org.maillage.devstack.ServiceProcess;
import org.maillage.devstack.ServiceSpec;
import org.maillage.directory.api.DirectoryTopics;
import org.maillage.testkit.TestInfrastructure.Database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole platform as it runs in production: four fat jars, each its own process with its own
 * database, sharing one broker (under a topic prefix of their own), reached through the gateway.
 */
public final class RunningPlatform implements AutoCloseable {

    /** Every topic of the platform; created up front under the run's prefix. */
    public static final List<String> TOPICS = List.of(DirectoryTopics.ORGANIZATIONS);

    private final Map<String, ServiceProcess> processes = new LinkedHashMap<>();
    private final Map<String, Database> databases = new HashMap<>();
    private final int gatewayPort = TestInfrastructure.freePort();

    public static RunningPlatform start() throws IOException {
        RunningPlatform p = new RunningPlatform();
        p.launch();
        return p;
    }

    private void launch() throws IOException {
        Path root = Path.of(System.getenv().getOrDefault("MAILLAGE_ROOT", "..")).toAbsolutePath().normalize();
        Path logs = Files.createDirectories(Path.of("target", "service-logs"));
        TestInfrastructure infra = TestInfrastructure.get();
        String prefix = TestInfrastructure.newTopicPrefix();
        infra.createTopics(prefix, TOPICS);

        Map<String, String> routes = new HashMap<>();
        List<ServiceProcess> started = new ArrayList<>();
        for (String name : List.of("directory", "contracts", "reporting")) {
            ServiceUnderTest service = new ServiceUnderTest(infra.newDatabase(name), prefix, infra.kafkaBootstrapServers());
            databases.put(name, service.database());
            int port = TestInfrastructure.freePort();
            routes.put("MAILLAGE_ROUTES_" + name.toUpperCase(), "http://127.0.0.1:" + port);
            String jar = name + "-service";
            started.add(start(new ServiceSpec(jar, root.resolve(jar).resolve("target").resolve(jar + ".jar"), port, name,
                    service.environment()), logs));
        }
        started.add(start(new ServiceSpec("gateway", root.resolve("gateway/target/gateway.jar"), gatewayPort, null, routes), logs));
        for (ServiceProcess p : started) {
            p.awaitHealthy(Duration.ofSeconds(120));
        }
    }

    private ServiceProcess start(ServiceSpec spec, Path logs) throws IOException {
        ServiceProcess p = ServiceProcess.start(spec, spec.env(), logs);
        processes.put(spec.name(), p);
        return p;
    }

    public String gateway() {
        return "http://127.0.0.1:" + gatewayPort;
    }

    public Database database(String service) {
        return databases.get(service);
    }

    public void stop(String service) {
        processes.get(service).stop();
    }

    @Override
    public void close() {
        List<ServiceProcess> all = new ArrayList<>(processes.values());
        for (int i = all.size() - 1; i >= 0; i--) {
            all.get(i).stop();
        }
    }
}
