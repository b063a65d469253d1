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

/**
 * Documents through the gateway, the notice's and the responses': listed, sent as multipart, and downloaded with the
 * session's token.
 */
@Singleton
public class DocumentsApi {

    private final HttpClient http;

    DocumentsApi(@Client("${maillage.web.api-url}") HttpClient http) {
        this.http = http;
    }

    /**
     * @param enterpriseId the responding enterprise, for a response's document
     * @param sha256       the file's SHA-256 digest (hex), which a receipt quotes so that the file sent can be proven later
     */
    @Serdeable
    public record Document(UUID id, UUID seriesId, int version, boolean current, @Nullable UUID enterpriseId, String fileName,
                           String contentType, long sizeBytes, String sha256, @Nullable String summary, Instant uploadedAt) {
    }

    /** The part of a problem+json this page shows: the fields at fault. */
    @Serdeable
    record Problem(@Nullable String detail, @Nullable List<FieldError> errors) {
    }

    @Serdeable
    record FieldError(String field, String message, @Nullable String code) {
    }

    @Serdeable
    record Opportunity(UUID id, @Nullable String titleFr, @Nullable String titleEn, String status, @Nullable Instant publishedAt) {
    }

    /** A notice's documents, every version: its buyer's, drafts included, and anyone's once published. */
    public List<Document> list(UUID opportunity, @Nullable String token) {
        return call(HttpRequest.GET("/api/opportunities/" + opportunity + "/documents"), Api.listing(Document.class), token).items();
    }

    /** The caller's organization's own opportunities (drafts included): the page is for their buyer only. */
    List<Opportunity> mine(String token) {
        return call(HttpRequest.GET("/api/opportunities/mine"), Api.listing(Opportunity.class), token).items();
    }

    Document attach(UUID opportunity, String token, String fileName, byte[] content, @Nullable String replaces, @Nullable String summary) {
        return send("/api/opportunities/" + opportunity + "/documents", token, fileName, content, replaces, summary);
    }

    /** Every version of the caller's enterprise's own response documents. */
    public List<Document> responseFiles(UUID opportunity, String token) {
        return call(HttpRequest.GET("/api/opportunities/" + opportunity + "/responses/mine/documents"), Api.listing(Document.class), token).items();
    }

    public Document attachToResponse(UUID opportunity, String token, String fileName, byte[] content, @Nullable String replaces) {
        return send("/api/opportunities/" + opportunity + "/responses/mine/documents", token, fileName, content, replaces, null);
    }

    /** The buyer's view, after the deadline: the documents of every response that stands, each with its enterprise. */
    public List<Document> responseFilesForBuyer(UUID opportunity, String token) {
        return call(HttpRequest.GET("/api/opportunities/" + opportunity + "/responses/documents"), Api.listing(Document.class), token).items();
    }

    public HttpResponse<byte[]> downloadFromResponse(UUID opportunity, UUID document, String token) {
        return fetch("/api/opportunities/" + opportunity + "/responses/documents/" + document, token);
    }

    private Document send(String path, String token, String fileName, byte[] content, @Nullable String replaces, @Nullable String summary) {
        MultipartBody.Builder b = MultipartBody.builder().addPart("file", fileName, MediaType.APPLICATION_OCTET_STREAM_TYPE, content);
        if (replaces != null && !replaces.isBlank()) {
            b.addPart("replaces", replaces);
        }
        if (summary != null && !summary.isBlank()) {
            b.addPart("summary", summary);
        }
        return call(HttpRequest.POST(path, b.build()).contentType(MediaType.MULTIPART_FORM_DATA_TYPE), Argument.of(Document.class), token);
    }

    HttpResponse<byte[]> download(UUID opportunity, UUID document, String token) {
        return fetch("/api/opportunities/" + opportunity + "/documents/" + document, token);
    }

    /** The file as the API serves it, headers included (attachment, nosniff, its type). */
    private HttpResponse<byte[]> fetch(String path, String token) {
        MutableHttpRequest<?> request = HttpRequest.GET(path).bearerAuth(token);
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
                : p.errors().stream().map(x -> new ApiException.FieldError(x.field(), x.message(), x.code())).toList();
        return new ApiException(e.getStatus().getCode(), p == null ? e.getMessage() : p.detail(), fields);
    }
}
