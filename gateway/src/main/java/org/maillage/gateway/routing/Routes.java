package org.maillage.gateway.routing;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which service owns which resource. {@code maillage.routes.<service>} is the service's address
 * (MAILLAGE_ROUTES_DIRECTORY and so on from the environment); {@code maillage.resources.<resource>}
 * names the service that owns {@code /api/<resource>/**}.
 */
@ConfigurationProperties("maillage")
public class Routes {

    private Map<String, String> routes = new LinkedHashMap<>();
    private Map<String, String> resources = new LinkedHashMap<>();

    /** The owning service's name and base address for a path such as /api/enterprises/42. */
    public Optional<Target> resolve(String path) {
        String[] parts = path.split("/", 4);
        if (parts.length < 3 || !("api".equals(parts[1]) || ".well-known".equals(parts[1]))) {
            return Optional.empty();
        }
        // /.well-known/jwks.json: the keys that verify access tokens, published by their issuer
        String service = "api".equals(parts[1]) ? resources.get(parts[2]) : resources.get("auth");
        if (service == null || !routes.containsKey(service)) {
            return Optional.empty();
        }
        return Optional.of(new Target(service, URI.create(routes.get(service))));
    }

    public Map<String, String> getRoutes() {
        return routes;
    }

    public void setRoutes(Map<String, String> routes) {
        this.routes = routes;
    }

    public Map<String, String> getResources() {
        return resources;
    }

    public void setResources(Map<String, String> resources) {
        this.resources = resources;
    }

    public record Target(String service, URI base) {

        /** The same path and query at the service (the path as normalized by the gateway). */
        URI address(URI request) {
            String query = request.getRawQuery() == null ? "" : "?" + request.getRawQuery();
            return URI.create(base.getScheme() + "://" + base.getRawAuthority() + request.getRawPath() + query);
        }
    }
}
