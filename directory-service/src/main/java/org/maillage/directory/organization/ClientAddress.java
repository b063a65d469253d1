package org.maillage.directory.organization;

import io.micronaut.http.HttpRequest;

/**
 * The client's address as the gateway saw it. The gateway appends the address it received the request
 * from to X-Forwarded-For, so the last entry is the one no client can choose; entries before it are
 * whatever the client sent. Without the header (a direct call), the connection's address.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpRequest<?> request) {
        String forwarded = request.getHeaders().get("X-Forwarded-For");
        if (forwarded != null && !forwarded.isBlank()) {
            String last = forwarded.substring(forwarded.lastIndexOf(',') + 1).strip();
            if (!last.isEmpty()) {
                return last.length() > 64 ? last.substring(0, 64) : last;
            }
        }
        return request.getRemoteAddress().getAddress().getHostAddress();
    }
}
