package org.maillage.web.documents;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import org.maillage.web.api.Api;
import org.maillage.web.api.ApiException;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An opportunity's documents through the gateway: listed, sent as multipart, and downloaded with the session's token. */
@Singleton
class DocumentsApi {

    private final HttpClient http;

    DocumentsApi(@Client("${maillage.web.api-url}") HttpClient http) {
        this.http = http;
    }

    @Serdeable
    record Document(UUID id, UUID seriesId, int version, boolean current, String fileName, String contentType, long sizeBytes,
                    @Nullable String summary, Instant uploadedAt) {
    }

    /** The part of a problem+json this page shows: the fields at fault. */
    @Serdeable
    record Problem(@Nullable String detail, @Nullable List<FieldError> errors) {
    }

    @Serdeable
    record FieldError(String field, String message) {
    }

    @Serdeable
    record Opportunity(UUID id, @Nullable String titleFr, @Nullable String titleEn, String status, @Nullable Instant publishedAt) {
    }

    List<Document> list(UUID opportunity, @Nullable String token) {
        return call(HttpRequest.GET("/api/opportunities/" + opportunity + "/documents"), Api.listing(Document.class), token).items();
    }

    /** The caller's organization's own opportunities (drafts included): the page is for their buyer only. */
    List<Opportunity> mine(String token) {
        return call(HttpRequest.GET("/api/opportunities/mine"), Api.listing(Opportunity.class), token).items();
    }

    Document attach(UUID opportunity, String token, String fileName, byte[] content, @Nullable String replaces, @Nullable String summary) {
        MultipartBody.Builder b = MultipartBody.builder().addPart("file", fileName, MediaType.APPLICATION_OCTET_STREAM_TYPE, content);
        if (replaces != null && !replaces.isBlank()) {
            b.addPart("replaces", replaces);
        }
        if (summary != null && !summary.isBlank()) {
            b.addPart("summary", summary);
        }
        return call(HttpRequest.POST("/api/opportunities/" + opportunity + "/documents", b.build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE), Argument.of(Document.class), token);
    }

    /** The file as the API serves it, headers included (attachment, nosniff, its type). */
    HttpResponse<byte[]> download(UUID opportunity, UUID document, String token) {
        MutableHttpRequest<?> request = HttpRequest.GET("/api/opportunities/" + opportunity + "/documents/" + document).bearerAuth(token);
        try {
            return http.toBlocking().exchange(request, byte[].class);
        } catch (HttpClientResponseException e) {
            throw failure(e);
        } catch (HttpClientException e) {
            throw new ApiException(0, e.getMessage(), List.of());
        }
    }

    private <T> T call(MutableHttpRequest<?> request, Argument<T> type, @Nullable String token) {
        if (token != null) {
            request.bearerAuth(token);
        }
        try {
            return http.toBlocking().retrieve(request, type);
        } catch (HttpClientResponseException e) {
            throw failure(e);
        } catch (HttpClientException e) {
            throw new ApiException(0, e.getMessage(), List.of());
        }
    }

    private static ApiException failure(HttpClientResponseException e) {
        Problem p = e.getResponse().getBody(Problem.class).orElse(null);
        List<ApiException.FieldError> fields = p == null || p.errors() == null ? List.of()
                : p.errors().stream().map(x -> new ApiException.FieldError(x.field(), x.message())).toList();
        return new ApiException(e.getStatus().getCode(), p == null ? e.getMessage() : p.detail(), fields);
    }
}
