package org.maillage.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The local stack's demo log-ins for every role, made through the public API as a coordinator would:
 * an institution with a buyer, an enterprise with a supplier. Idempotent: what exists is left alone.
 */
final class DemoSeed {

    static final String BUYER_EMAIL = "achats@ville.maillage.local";
    static final String SUPPLIER_EMAIL = "ventes@coop.maillage.local";
    static final String PASSWORD = "Demo-Maillage-2014!";

    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String gateway;

    DemoSeed(int gatewayPort) {
        this.gateway = "http://127.0.0.1:" + gatewayPort;
    }

    void run() throws IOException, InterruptedException {
        if (post("/api/auth/login", "{\"email\":\"" + BUYER_EMAIL + "\",\"password\":\"" + PASSWORD + "\"}", null).statusCode() == 200) {
            return;
        }
        String token = field(post("/api/auth/login", "{\"email\":\"" + DemoAccounts.COORDINATOR_EMAIL + "\",\"password\":\""
                + DemoAccounts.COORDINATOR_PASSWORD + "\"}", null).body(), "accessToken");
        String institution = field(post("/api/institutions", """
                {"name":"Ville de Montréal (démo)","institutionType":"MUNICIPALITY","regions":["06"],"pilotId":"%s",
                 "commitmentContracts":5,"commitmentValue":100000,
                 "decisionUnits":[{"name":"Service de l'approvisionnement","categories":["90100000","76110000"],"methods":["DIRECT_AWARD","INVITATION"]}]}"""
                .formatted(DemoAccounts.MONTREAL_PILOT), token).body(), "id");
        String enterprise = field(post("/api/enterprises", """
                {"legalName":"Coop Traiteur Solidaire (démo)","neq":"1149999999","legalForm":"WORKER_COOP","categories":["90100000"],
                 "regions":["06"],"missionFr":"Traiteur d'économie sociale","missionEn":"Social economy caterer","pilotId":"%s"}"""
                .formatted(DemoAccounts.MONTREAL_PILOT), token).body(), "id");
        account(token, BUYER_EMAIL, "BUYER", institution);
        account(token, SUPPLIER_EMAIL, "SUPPLIER", enterprise);
        System.out.println("  demo accounts ready: " + BUYER_EMAIL + ", " + SUPPLIER_EMAIL + " (password in the README)");
    }

    private void account(String token, String email, String role, String organization) throws IOException, InterruptedException {
        HttpResponse<String> r = post("/api/accounts", """
                {"email":"%s","password":"%s","role":"%s","organizationId":"%s","pilots":["%s"]}"""
                .formatted(email, PASSWORD, role, organization, DemoAccounts.MONTREAL_PILOT), token);
        if (r.statusCode() != 201 && r.statusCode() != 409) {
            throw new IllegalStateException("demo account " + email + ": HTTP " + r.statusCode() + " " + r.body());
        }
    }

    private HttpResponse<String> post(String path, String json, String token) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(gateway + path)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String field(String json, String name) {
        Matcher m = (name.equals("id") ? ID : Pattern.compile("\"" + name + "\":\"([^\"]+)\"")).matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }
}
