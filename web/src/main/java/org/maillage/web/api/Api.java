package org.maillage.web.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * The platform's public API, through the gateway like any other client. Blocking: pages call it from
 * the blocking executor. Every error becomes an {@link ApiException} carrying the problem's fields.
 */
@Singleton
public class Api {

    private final HttpClient http;

    public Api(@Client("${maillage.web.api-url}") HttpClient http) {
        this.http = http;
    }

    public <T> T get(String path, Class<T> type) {
        return exchange(HttpRequest.GET(path), Argument.of(type), null);
    }

    /** The items of a list the API answers complete in one page ({@code next} null), or its first page. */
    public <T> List<T> list(String path, Class<T> type) {
        return list(path, type, null);
    }

    /** As {@link #list(String, Class)}, with the signed-in person's token. */
    public <T> List<T> list(String path, Class<T> type, @Nullable String accessToken) {
        Page<T> page = exchange(HttpRequest.GET(path), listing(type), accessToken);
        return page == null || page.items() == null ? List.of() : page.items();
    }

    /** How to read one page of a list of {@code type}. */
    @SuppressWarnings("unchecked")
    public static <T> Argument<Page<T>> listing(Class<T> type) {
        return (Argument<Page<T>>) (Argument<?>) Argument.of(Page.class, type);
    }

    /** One page of a list in the API's shape, {@code {"items": [...], "next": cursor or null}}. */
    @io.micronaut.serde.annotation.Serdeable
    public record Page<T>(List<T> items, @Nullable String next) {
    }

    /** One page of a paged list, as the API answered it. */
    @SuppressWarnings("unchecked")
    public <T> Page<T> page(String path, Class<T> type) {
        return exchange(HttpRequest.GET(path), listing(type), null);
    }

    /** Every item of a paged list, following its cursors up to {@code atMost} items. */
    public <T> List<T> all(String path, Class<T> type, int atMost) {
        List<T> out = new java.util.ArrayList<>();
        String cursor = null;
        do {
            String sep = path.contains("?") ? "&" : "?";
            String page = path + sep + "limit=100" + (cursor == null ? "" : "&cursor=" + java.net.URLEncoder.encode(cursor,
                    java.nio.charset.StandardCharsets.UTF_8));
            Page<T> p = exchange(HttpRequest.GET(page), listing(type), null);
            out.addAll(p.items());
            cursor = p.next();
        } while (cursor != null && out.size() < atMost);
        return out;
    }

    public <T> T get(String path, Class<T> type, @Nullable String accessToken) {
        return exchange(HttpRequest.GET(path), Argument.of(type), accessToken);
    }

    public <T> T post(String path, Object body, Class<T> type) {
        return exchange(HttpRequest.POST(path, body), Argument.of(type), null);
    }

    /** For answers without a body (204). */
    public void post(String path, Object body) {
        exchange(HttpRequest.POST(path, body), null, null);
    }

    /**
     * Any request with the signed-in person's token (a POST with a body, a CSV upload): the answer as
     * {@code type}, or null for an answer without a body when {@code type} is null.
     */
    public <T> T send(MutableHttpRequest<?> request, @Nullable Class<T> type, String accessToken) {
        return exchange(request, type == null ? null : Argument.of(type), accessToken);
    }

    public <T> T exchange(MutableHttpRequest<?> request, @Nullable Argument<T> type, @Nullable String accessToken) {
        if (accessToken != null) {
            request.bearerAuth(accessToken);
        }
        try {
            if (type == null) {
                http.toBlocking().exchange(request);
                return null;
            }
            return http.toBlocking().retrieve(request, type);
        } catch (HttpClientResponseException e) {
            Problem p = e.getResponse().getBody(Problem.class).orElse(null);
            List<ApiException.FieldError> fields = p == null || p.errors() == null ? List.of()
                    : p.errors().stream().map(x -> new ApiException.FieldError(x.field(), x.message())).toList();
            throw new ApiException(e.getStatus().getCode(), p == null ? e.getMessage() : p.detail(), fields);
        } catch (HttpClientException e) {
            throw new ApiException(0, e.getMessage(), List.of());
        }
    }
}
