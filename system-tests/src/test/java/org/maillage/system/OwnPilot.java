package org.maillage.system;

import org.maillage.devstack.ApiClient;
import org.maillage.devstack.DemoAccounts;
import org.maillage.testkit.RunningPlatform;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pilot of one test's own on the shared platform, run by the bootstrap coordinator, with the organizations and
 * accounts the test makes in it: the figures, searches and lists the test checks hold only what it made, whatever
 * ran before it on the same platform.
 */
public final class OwnPilot {

    public static final String PASSWORD = "Systeme-Essai-2026!";

    private final RunningPlatform platform;
    private final ApiClient gateway;
    private final String id;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private String coordinator;
    private long signedInAt;

    private OwnPilot(RunningPlatform platform, ApiClient gateway, String id) {
        this.platform = platform;
        this.gateway = gateway;
        this.id = id;
    }

    public static OwnPilot create(RunningPlatform platform, ApiClient gateway, String name) {
        String coordinator = platform.coordinatorToken();
        String id = created(gateway.post("/api/pilots", Map.of("name", name + " " + UUID.randomUUID(), "region", "06",
                "startsOn", "2026-01-01", "endsOn", "2027-12-31", "coordinatingOrganization", "Essais système"), coordinator));
        return new OwnPilot(platform, gateway, id);
    }

    public String id() {
        return id;
    }

    /**
     * A coordinator's token that names this pilot (one taken before the pilot existed does not); taken again after
     * five minutes, well within its ten.
     */
    public synchronized String coordinator() {
        if (coordinator == null || System.nanoTime() - signedInAt > java.util.concurrent.TimeUnit.MINUTES.toNanos(5)) {
            coordinator = platform.login(DemoAccounts.COORDINATOR_EMAIL, DemoAccounts.COORDINATOR_PASSWORD);
            signedInAt = System.nanoTime();
        }
        return coordinator;
    }

    public String institution(String name, Map<String, Object> more) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "institutionType", "MUNICIPALITY", "regions", List.of("06"),
                "pilotId", id));
        body.putAll(more);
        return created(gateway.post("/api/institutions", body, coordinator()));
    }

    /** An active enterprise of this pilot, in catering (90100000) in Montréal (06) unless {@code more} says otherwise. */
    public String enterprise(String name, Map<String, Object> more) {
        Map<String, Object> body = new HashMap<>(Map.of("legalName", name, "neq", neq(), "legalForm", "WORKER_COOP",
                "categories", List.of("90100000"), "regions", List.of("06"), "missionFr", "Entreprise d'économie sociale",
                "missionEn", "Social economy enterprise", "pilotId", id));
        body.putAll(more);
        return created(gateway.post("/api/enterprises", body, coordinator()));
    }

    /** Opens an account (its email made unique to this pilot) and answers its access token. */
    public String account(String name, String role, String organization) {
        String email = email(name);
        created(gateway.post("/api/accounts", Map.of("email", email, "password", PASSWORD, "role", role,
                "organizationId", organization, "pilots", List.of(id)), coordinator()));
        return platform.login(email, PASSWORD);
    }

    /** The email {@link #account} gives a name: {@code <name>-<this pilot's run>@essais.test}. */
    public String email(String name) {
        return name + "-" + run + "@essais.test";
    }

    public static String neq() {
        return "11" + String.format("%08d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 100_000_000L));
    }

    public static String created(ApiClient.Reply r) {
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
        return r.text("id");
    }
}
