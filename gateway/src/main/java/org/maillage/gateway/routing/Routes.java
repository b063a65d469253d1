package org.maillage.gateway.routing;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which service owns which resource. {@code maillage.routes.<service>} is the service's address
 * (MAILLAGE_ROUTES_DIRECTORY and so on from the environment); {@code maillage.resources.<resource>}
 * names the service that owns {@code /api/<resource>/**}. Every other path but the gateway's own
 * (/health, /prometheus) is a page of the site, owned by {@code maillage.routes.web} when it is set.
 */
@ConfigurationProperties("maillage")
public class Routes {

    private static final String WEB = "web";
    // the gateway's own management endpoints; /api/docs is the gateway's too, as no service owns "docs"
    private static final Set<String> GATEWAY_OWN = Set.of("health", "prometheus");

    private Map<String, String> routes = new LinkedHashMap<>();
    private Map<String, String> resources = new LinkedHashMap<>();

    /** The owning service's name and base address for a path such as /api/enterprises/42. */
    public Optional<Target> resolve(String path) {
        String[] parts = path.split("/", 4);
        String first = parts.length < 2 ? "" : parts[1];
        if (!"api".equals(first) && !".well-known".equals(first)) {
            return GATEWAY_OWN.contains(first) ? Optional.empty() : target(WEB);
        }
        if (parts.length < 3) {
            return Optional.empty();
        }
        // /.well-known/jwks.json: the keys that verify access tokens, published by their issuer
        String service = "api".equals(parts[1]) ? resources.get(parts[2]) : resources.get("auth");
        return service == null ? Optional.empty() : target(service);
    }

    private Optional<Target> target(String service) {
        String base = routes.get(service);
        return base == null || base.isBlank() ? Optional.empty() : Optional.of(new Target(service, URI.create(base)));
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
