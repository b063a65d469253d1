package org.maillage.gateway.routing;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;

import java.util.LinkedHashMap;
import java.util.Map;

/** The gateway's own errors, in the same problem+json form as the services'. */
public final class Problems {

    private Problems() {
    }

    public static MutableHttpResponse<?> of(HttpStatus status, String title, String detail, HttpRequest<?> request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status.getCode());
        body.put("detail", detail);
        body.put("instance", request.getPath());
        return HttpResponse.status(status).contentType("application/problem+json").body(body);
    }
}
