package org.maillage.gateway.routing;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RoutesTest {

    private static Routes routes(Map<String, String> services) {
        Routes r = new Routes();
        r.setRoutes(services);
        r.setResources(Map.of("auth", "directory", "opportunities", "contracts"));
        return r;
    }

    private static String owner(Routes routes, String path) {
        return routes.resolve(path).map(Routes.Target::service).orElse("gateway");
    }

    @Test
    void pagesGoToWebAndTheApiToItsOwners() {
        Routes r = routes(Map.of("directory", "http://d", "contracts", "http://c", "web", "http://w"));

        assertThat(owner(r, "/")).isEqualTo("web");
        assertThat(owner(r, "/opportunities")).isEqualTo("web");
        assertThat(owner(r, "/static/site.css")).isEqualTo("web");
        assertThat(owner(r, "/api/opportunities/42")).isEqualTo("contracts");
        assertThat(owner(r, "/.well-known/jwks.json")).isEqualTo("directory");
        assertThat(owner(r, "/health")).isEqualTo("gateway");
        assertThat(owner(r, "/prometheus")).isEqualTo("gateway");
        assertThat(owner(r, "/api/docs/index.html")).isEqualTo("gateway");
        assertThat(owner(r, "/api")).isEqualTo("gateway");
    }

    @Test
    void withoutWebTheGatewayKeepsItsOwnFrontPage() {
        Routes r = routes(Map.of("directory", "http://d"));
        Routes empty = routes(Map.of("directory", "http://d", "web", ""));

        assertThat(owner(r, "/")).isEqualTo("gateway");
        assertThat(owner(empty, "/opportunities")).isEqualTo("gateway");
        assertThat(owner(r, "/api/opportunities/42")).isEqualTo("gateway");
    }
}
