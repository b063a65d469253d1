package org.maillage.platform;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Text no service can store is a 400 problem naming the field, wherever it is sent: never a 500. */
class BadTextIT extends TestAppIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void goodTextPassesThrough() throws Exception {
        assertThat(post("{\"certified\":false,\"title\":\"Équipe 🌿\",\"people\":[{\"name\":\"Zoé\",\"emails\":[\"z@x.ca\"]}]}").statusCode()).isEqualTo(200);
        assertThat(get("/echo/caf%C3%A9?q=th%C3%A9+vert").body()).isEqualTo("caféthé vert");
    }

    @Test
    void aNulOrALoneSurrogateInAJsonStringNamesTheField() throws Exception {
        assertProblem(post("{\"title\":\"a\\u0000b\",\"people\":[]}"), "title");
        assertProblem(post("{\"title\":\"ok\",\"people\":[{\"name\":\"x\",\"emails\":[\"ok\",\"\\ud800\"]}]}"), "people[0].emails[1]");
        assertProblem(post("{\"title\":\"ok\",\"people\":[{\"name\":\"\\udc00x\"}]}"), "people[0].name");
    }

    @Test
    void aNulInAMapValueNamesItsKey() throws Exception {
        assertProblem(post("{\"title\":\"ok\",\"people\":[],\"certified\":false,\"labels\":{\"fr\":\"a\\u0000b\"}}"), "labels.fr");
    }

    @Test
    void aBooleanIsTrueOrFalseNeverAWordOrANumberReadAsOne() throws Exception {
        HttpResponse<String> good = post("{\"title\":\"ok\",\"people\":[],\"active\":false,\"certified\":true,\"kinds\":{\"MATCHED\":true}}");
        assertThat(good.statusCode()).isEqualTo(200);
        assertThat(good.body()).contains("\"active\":false").contains("\"certified\":true").contains("\"MATCHED\":true");
        assertThat(post("{\"title\":\"ok\",\"people\":[],\"active\":null,\"certified\":false}").statusCode()).isEqualTo(200);
        // serde read "oui" as false and 1 as true: the opposite of a person's "yes" stored without a word
        assertBoolean(post("{\"title\":\"ok\",\"people\":[],\"certified\":false,\"active\":\"oui\"}"), "active");
        assertBoolean(post("{\"title\":\"ok\",\"people\":[],\"certified\":1}"), "certified");
        assertBoolean(post("{\"title\":\"ok\",\"people\":[],\"certified\":\"true\"}"), "certified");
        assertBoolean(post("{\"title\":\"ok\",\"people\":[],\"certified\":false,\"kinds\":{\"MATCHED\":\"yes\"}}"), "kinds.MATCHED");
    }

    private static void assertBoolean(HttpResponse<String> r, String field) {
        assertProblem(r, field);
        assertThat(r.body()).contains("must be true or false");
    }

    @Test
    void aNulOrInvalidUtf8InAQueryValueOrPathSegmentNamesIt() throws Exception {
        assertProblem(get("/echo/x?q=%00"), "q");
        assertProblem(get("/echo/x?q=%ED%A0%80"), "q");
        assertProblem(get("/echo/x?q=%FF"), "q");
        assertProblem(get("/echo/a%00b"), "name");
    }

    private static void assertProblem(HttpResponse<String> r, String field) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.headers().firstValue("content-type")).hasValue("application/problem+json");
        assertThat(r.body()).contains("\"field\":\"" + field + "\"").doesNotContain("Exception").doesNotContain("\tat ");
    }

    private HttpResponse<String> post(String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/echo")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String pathAndQuery) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.getURL() + pathAndQuery)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
