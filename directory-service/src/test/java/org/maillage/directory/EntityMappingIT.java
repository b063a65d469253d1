package org.maillage.directory;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.maillage.testkit.EntityMapping;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Every table of the migrated schema is read through its repository, with every column mapped: after one
 * pass through the features that write each of them (issue 20).
 */
class EntityMappingIT extends DirectoryServiceIT {

    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    ApplicationContext context;

    @Test
    void everyTableIsReadThroughItsRepositoryWithEveryColumnMapped() throws Exception {
        String bootstrap = SignedIn.coordinatorToken(http);
        String pilot = (String) post("/api/pilots", bootstrap, Map.of("name", "Pilote de cartographie", "region", "05",
                "startsOn", "2015-01-01", "endsOn", "2016-06-30", "coordinatingOrganization", "CDEC de Sherbrooke")).get("id");
        String coordinator = SignedIn.coordinatorToken(http);
        String enterprise = (String) post("/api/enterprises", coordinator, Map.of("legalName", "Coop de cartographie", "neq", newNeq(),
                "categories", List.of("90100000"), "regions", List.of("05"), "pilotId", pilot,
                "certifications", List.of(Map.of("name", "Entreprise d'économie sociale", "issuer", "Chantier", "expiresOn", "2030-01-01")))).get("id");
        post("/api/institutions", coordinator, Map.of("name", "Cégep de cartographie", "institutionType", "COLLEGE", "regions", List.of("05"),
                "pilotId", pilot, "decisionUnits", List.of(Map.of("name", "Cafétéria", "categories", List.of("90100000")))));
        post("/api/organizations/" + enterprise + "/people", coordinator, Map.of("name", "Personne de contact", "email", "contact@carto.example"));
        http.toBlocking().retrieve(HttpRequest.POST("/api/enterprises/applications", Map.of("legalName", "Coop candidate", "neq", newNeq(),
                "pilotId", pilot)), JSON);
        post("/api/pilots/" + SignedIn.MONTREAL + "/invitations", coordinator, Map.of("organizationId", enterprise));
        String account = (String) post("/api/accounts", coordinator, Map.of("email", "ventes@carto.example", "password", "Un-mot-de-passe-long-2027",
                "role", "SUPPLIER", "organizationId", enterprise, "pilots", List.of(pilot))).get("id");
        post("/api/accounts/" + account + "/password-reset", coordinator, Map.of());
        assertThrows(HttpClientResponseException.class, () -> SignedIn.login(http, "personne@carto.example", "pas le bon mot de passe"));

        EntityMapping.Report report = EntityMapping.check(context, service.database(),
                Set.of("flyway_schema_history", "outbox_event", "inbox_event"),
                Map.of("organization", Set.of("search_document", "sort_name", "search_keys")));

        assertThat(report.problems()).isEmpty();
        assertThat(report.rowsRead()).containsOnlyKeys("account", "account_sign_in", "application", "application_quota", "category", "certification", "decision_unit",
                "organization", "password_reset", "person", "pilot", "pilot_invitation", "pilot_member", "refresh_token", "region",
                "sign_in_address_failure", "sign_in_failure", "signing_key");
        assertThat(report.rowsRead()).allSatisfy((table, rows) -> assertThat(rows).as(table).isPositive());
    }

    private Map<String, Object> post(String path, String token, Object body) {
        return http.toBlocking().retrieve(HttpRequest.POST(path, body).bearerAuth(token), JSON);
    }
}
