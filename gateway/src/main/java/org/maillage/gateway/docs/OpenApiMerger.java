package org.maillage.gateway.docs;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.maillage.gateway.routing.Routes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Merges the OpenAPI description each service generates at build time (micronaut-openapi) into one,
 * and adds what the gateway itself answers on every operation (429, 502, 504). A service that is down
 * is left out, never fatal.
 *
 * <p>Fetching blocks, so it never happens on a request's event loop: a scheduled task refreshes the
 * merged description in the background and requests are served from the last one. While a service is
 * missing from it the task retries every few seconds, then settles to the configured interval.
 */
@Singleton
public class OpenApiMerger {

    private static final Logger LOG = LoggerFactory.getLogger(OpenApiMerger.class);

    private final Routes routes;
    private final String specPath;
    private final Duration refreshEvery;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final AtomicReference<Map<String, Object>> current;
    private volatile long nextRefreshNanos = System.nanoTime();

    /**
     * @param specPath     where each service serves its generated description; %s is the service's name
     * @param refreshEvery how long a complete description is kept before it is fetched again
     */
    public OpenApiMerger(Routes routes, @Value("${maillage.openapi.spec-path:/swagger/maillage-%s-service-0.1.yml}") String specPath,
                         @Value("${maillage.openapi.refresh-every:5m}") Duration refreshEvery) {
        this.routes = routes;
        this.specPath = specPath;
        this.refreshEvery = refreshEvery;
        this.current = new AtomicReference<>(merge(Map.of(), describedServices().keySet()));
    }

    /** The last merged description; never waits for a service. */
    public Map<String, Object> merged() {
        return current.get();
    }

    /** Runs on the scheduler's threads, where blocking on the services is harmless. */
    @Scheduled(fixedDelay = "2s")
    void refreshWhenDue() {
        if (System.nanoTime() - nextRefreshNanos < 0) {
            return;
        }
        Map<String, Map<String, Object>> specs = new LinkedHashMap<>();
        Map<String, String> described = describedServices();
        for (Map.Entry<String, String> service : described.entrySet()) {
            Map<String, Object> spec = fetch(service.getValue() + specPath.formatted(service.getKey()));
            if (!spec.isEmpty()) {
                specs.put(service.getKey(), spec);
            }
        }
        List<String> missing = described.keySet().stream().filter(s -> !specs.containsKey(s)).toList();
        current.set(merge(specs, missing));
        boolean complete = missing.isEmpty();
        nextRefreshNanos = System.nanoTime() + (complete ? refreshEvery.toNanos() : 0);
        if (!complete) {
            LOG.debug("API description without {}; retrying shortly", missing);
        }
    }

    /** The services that run here and have an API: the site (web) serves pages, and an empty route is a part not deployed. */
    private Map<String, String> describedServices() {
        Map<String, String> out = new LinkedHashMap<>(routes.getRoutes());
        out.remove("web");
        out.values().removeIf(String::isBlank);
        return out;
    }

    /** The groups a newcomer finds operations in, in the order of the pilot's work. */
    private static final List<Map<String, String>> TAGS = List.of(
            Map.of("name", "accounts", "description", "Sign-in, tokens and the accounts coordinators open for members"),
            Map.of("name", "directory", "description", "Pilots, enterprises, institutions and their decision units, people, invitations, imports"),
            Map.of("name", "opportunities", "description", "Calls for tenders and purchases: drafts, publication, addenda, matching, interest, questions"),
            Map.of("name", "responses", "description", "Enterprises' sealed responses, alone or jointly with partners"),
            Map.of("name", "awards", "description", "The buyer's decisions after the deadline: shortlist, reject, award, unsuccessful"),
            Map.of("name", "contracts", "description", "Contracts recorded, declared and confirmed, and their life"),
            Map.of("name", "contacts", "description", "The contact log: first contacts, follow-ups and introductions"),
            Map.of("name", "reports", "description", "A pilot's results: dashboard, tables as CSV, per enterprise and opportunity"),
            Map.of("name", "open data", "description", "OCDS 1.1.5 release packages of a pilot's public procurement"),
            Map.of("name", "notifications", "description", "Email preferences, one-click unsubscribe, refused addresses"));

    /** @param missing services whose description could not be read yet: named in the document, so a reader knows it is partial */
    private static Map<String, Object> merge(Map<String, Map<String, Object>> specs, java.util.Collection<String> missing) {
        Map<String, Object> paths = new java.util.TreeMap<>();
        Map<String, Object> schemas = new java.util.TreeMap<>();
        Map<String, Object> securitySchemes = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, Object>> service : specs.entrySet()) {
            Map<String, Object> spec = service.getValue();
            OpenApiNormalizer.datesAsWritten(spec);
            OpenApiNormalizer.prefixOperationIds(section(spec, "paths"), service.getKey());
            paths.putAll(section(spec, "paths"));
            Map<String, Object> components = section(spec, "components");
            schemas.putAll(section(components, "schemas"));
            securitySchemes.putAll(section(components, "securitySchemes"));
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.0.1");
        doc.put("info", Map.of("title", "Maillage API", "version", "0.1",
                "description", "Social procurement: institutions publish, enterprises respond, pilots report. "
                        + "Each operation says who may call it. Sign in with POST /api/auth/login and send the access token as "
                        + "'Authorization: Bearer <token>'. Times without an offset are Montréal time. Errors are "
                        + "application/problem+json; their types are listed in docs/problems.md. An opportunity's life cycle, "
                        + "and what each role may do at each step: docs/opportunity-lifecycle.md.",
                "contact", Map.of("name", "Maillage", "url", "https://maillage.org"),
                "license", Map.of("name", "Proprietary")));
        doc.put("servers", List.of(Map.of("url", "/", "x-internal", false,
                "description", "production: the gateway of this deployment (locally http://localhost:8080)")));
        if (!missing.isEmpty()) {
            doc.put("x-missing-services", List.copyOf(missing));
        }
        doc.put("tags", TAGS);
        doc.put("paths", paths);
        Map<String, Object> components = new LinkedHashMap<>();
        components.put("schemas", schemas);
        components.put("securitySchemes", securitySchemes);
        doc.put("components", components);
        GatewayResponses.addTo(doc);
        OpenApiNormalizer.boundFormattedStrings(doc);
        return doc;
    }

    private Map<String, Object> fetch(String url) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 ? new Yaml().load(r.body()) : Map.of();
        } catch (IOException | RuntimeException e) {
            return Map.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Map.of();
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> section(Map<String, Object> parent, String name) {
        Object value = parent == null ? null : parent.get(name);
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
