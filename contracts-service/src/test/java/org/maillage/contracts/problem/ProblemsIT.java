package org.maillage.contracts.problem;

import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.maillage.contracts.ContractsServiceIT;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What a newcomer's usual mistakes get back: a problem of ours that says what to do, in both languages. */
class ProblemsIT extends ContractsServiceIT {

    private static final String FORM = """
            {"titleFr":"Traiteur","categories":["90100000"],"regions":["06"],"method":"INVITATION","deadline":"2099-02-15T12:00"%s}""";

    private final HttpClient client = HttpClient.newHttpClient();

    @Inject
    EmbeddedServer server;

    @Test
    void anUnknownAddressIs404AndAWrongMethod405ForEveryoneBeforeAnyAccessRule() throws Exception {
        String buyer = tokens.token("BUYER", UUID.randomUUID(), List.of());
        for (String token : new String[] {null, buyer}) {
            HttpResponse<String> unknown = send("GET", "/api/nothing-here", token, null);
            assertThat(unknown.statusCode()).isEqualTo(404);
            assertProblem(unknown, "not-found", "/api/docs");
            // an opportunity's questions are read and asked, never deleted (DELETE /api/opportunities/{id} is a draft's deletion)
            HttpResponse<String> wrongMethod = send("DELETE", "/api/opportunities/" + UUID.randomUUID() + "/questions", token, null);
            assertThat(wrongMethod.statusCode()).isEqualTo(405);
            assertThat(wrongMethod.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
            assertProblem(wrongMethod, "method-not-allowed", "Allow");
        }
    }

    @Test
    void aMissingTokenSaysHowToSignInAndAWrongRoleSaysWhichAccountIsNeeded() throws Exception {
        HttpResponse<String> anonymous = send("GET", "/api/opportunities/matched", null, null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertProblem(anonymous, "unauthenticated", "POST /api/auth/login");

        HttpResponse<String> buyer = send("GET", "/api/opportunities/matched", tokens.token("BUYER", UUID.randomUUID(), List.of()), null);
        assertThat(buyer.statusCode()).isEqualTo(403);
        assertProblem(buyer, "forbidden", "SUPPLIER account of an enterprise");
        assertThat(buyer.body()).contains("compte SUPPLIER d'une entreprise");
    }

    @Test
    void aValueThatCannotBeReadNamesItsFieldWithAnExample() throws Exception {
        String buyer = tokens.token("BUYER", UUID.randomUUID(), List.of());
        HttpResponse<String> money = send("POST", "/api/opportunities", buyer, FORM.formatted(",\"estimatedValue\":\"12 000 $\""));
        assertThat(money.statusCode()).isEqualTo(400);
        assertProblem(money, "invalid", "estimatedValue: must be a number such as 12000.50");
        assertThat(money.body()).contains("\"field\":\"estimatedValue\"").contains("sans espaces ni $");

        HttpResponse<String> date = send("POST", "/api/opportunities", buyer, FORM.formatted(",\"contractStarts\":\"01/06/2099\""));
        assertProblem(date, "invalid", "contractStarts: must be a date such as 2014-06-01");

        HttpResponse<String> deadline = send("POST", "/api/opportunities", buyer, FORM.formatted("").replace("2099-02-15T12:00", "15/02/2099"));
        assertProblem(deadline, "invalid", "deadline: must be a date and time such as 2027-02-15T12:00 (Montréal time)");
    }

    @Test
    void malformedJsonSaysWhereWithoutInternals() throws Exception {
        String buyer = tokens.token("BUYER", UUID.randomUUID(), List.of());
        HttpResponse<String> broken = send("POST", "/api/opportunities", buyer, "{\n  \"titleFr\": \"Traiteur\",\n  \"regions\": [\"06\" \"07\"]\n}");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertProblem(broken, "malformed-json", "line 3, column");
        assertThat(broken.body()).contains("ligne 3").doesNotContain("jackson").doesNotContain("Exception").doesNotContain("org.");

        HttpResponse<String> cut = send("POST", "/api/opportunities", buyer, "{\"titleFr\": \"Traiteur\"");
        assertThat(cut.statusCode()).isEqualTo(400);
        assertProblem(cut, "malformed-json", "ends too early");
    }

    private static void assertProblem(HttpResponse<String> r, String type, String detailContains) {
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(r.body()).contains("\"type\":\"https://maillage.org/problems/" + type + "\"").contains(" / ").contains(detailContains)
                .doesNotContain("about:blank");
    }

    private HttpResponse<String> send(String method, String path, String token, String json) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
