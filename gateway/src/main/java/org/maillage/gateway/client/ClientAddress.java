package org.maillage.gateway.client;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Set;

/**
 * Who is calling, as the limits and the services must see it: the connection's address, except when the
 * connection comes from one of our own front ends (the web service), which then says whose request it
 * carries in X-Forwarded-For. A client's own X-Forwarded-For is never believed.
 */
@Singleton
public class ClientAddress {

    public static final String HEADER = "X-Forwarded-For";

    private final Set<String> trustedProxies;

    public ClientAddress(@Value("${maillage.trusted-proxies:}") List<String> trustedProxies) {
        this.trustedProxies = Set.copyOf(trustedProxies.stream().map(String::strip).filter(a -> !a.isEmpty()).toList());
    }

    public String of(HttpRequest<?> request) {
        String connection = request.getRemoteAddress().getAddress().getHostAddress();
        String forwarded = request.getHeaders().get(HEADER);
        if (forwarded == null || forwarded.isBlank() || !trustedProxies.contains(connection)) {
            return connection;
        }
        String[] hops = forwarded.split(",");
        String last = hops[hops.length - 1].strip();
        return last.isEmpty() ? connection : last;
    }
}
