package org.maillage.gateway.client;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;

import java.net.InetAddress;
import java.util.List;

/**
 * Who is calling, as the limits and the services must see it. X-Forwarded-For is read from the right, one hop at a
 * time, only while the hop that reported it is one of our own proxies ({@code maillage.trusted-proxies}: the site,
 * which calls the API for its visitors, and the gateway itself, which the site names as its caller): the first
 * address not ours is the caller. A client's own X-Forwarded-For is never believed, nor anything left of an
 * untrusted hop. Created at start-up ({@code @Context}), so a proxy name that does not resolve stops the start.
 */
@Context
public class ClientAddress {

    public static final String HEADER = "X-Forwarded-For";

    private final TrustedProxies trusted;

    public ClientAddress(@Value("${maillage.trusted-proxies:}") List<String> trustedProxies) {
        this.trusted = TrustedProxies.parse(trustedProxies);
    }

    public String of(HttpRequest<?> request) {
        InetAddress connection = request.getRemoteAddress().getAddress();
        String forwarded = String.join(",", request.getHeaders().getAll(HEADER));
        return callerOf(connection, forwarded);
    }

    String callerOf(InetAddress connection, String forwarded) {
        InetAddress caller = connection;
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0 && trusted.contains(caller); i--) {
            String hop = hops[i].strip();
            if (hop.isEmpty()) {
                continue;
            }
            InetAddress next = TrustedProxies.literal(hop);
            if (next == null) {
                // not an address (a name, "unknown", garbage): the trusted hop vouches for no one we can count
                break;
            }
            caller = next;
        }
        return caller.getHostAddress();
    }
}
