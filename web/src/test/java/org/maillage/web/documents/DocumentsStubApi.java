package org.maillage.web.documents;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.core.annotation.Nullable;

import org.maillage.web.stub.StubListing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.maillage.web.stub.Samples.INSTITUTION;
import static org.maillage.web.stub.Samples.OPPORTUNITY;

/**
 * The documents part of the API as the pages use it, beside StubApi: the sample opportunity (published, the
 * signed-in buyer's own) has one document; a file whose name says "programme" is refused as contracts-service
 * refuses one, naming the field; a published opportunity needs a summary.
 */
@Requires(property = "maillage.test.stub-api", value = "true")
@Requires(property = "maillage.test.stub-buyer", notEquals = "true")
@Controller("/api/opportunities")
public class DocumentsStubApi {

    static final String FIRST = "99999999-9999-4999-8999-999999999999";
    /** A draft of the same buyer: it has no public notice yet. */
    static final String DRAFT = "98888888-8888-4888-8888-888888888888";
    static final List<Map<String, Object>> DOCUMENTS = new CopyOnWriteArrayList<>();
    static final List<String> RECEIVED = new CopyOnWriteArrayList<>();

    public static void reset() {
        resetResponseFiles();
        DOCUMENTS.clear();
        RECEIVED.clear();
        DOCUMENTS.add(document(FIRST, FIRST, 1, "Cahier des charges.pdf", 2048, null));
    }

    @Get("/mine")
    Map<String, Object> mine() {
        return StubListing.of(List.of(Map.of("id", OPPORTUNITY, "buyerId", INSTITUTION, "titleFr", "Traiteur pour la sécurité civile",
                "titleEn", "Catering for civil security", "status", "PUBLISHED", "publishedAt", "2026-01-10T14:00:00Z"),
                Map.of("id", DRAFT, "buyerId", INSTITUTION, "titleFr", "Entretien ménager (brouillon)", "titleEn", "Cleaning (draft)",
                        "status", "DRAFT")));
    }

    @Get("/{id}/documents")
    Map<String, Object> documents(String id) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> d : DOCUMENTS) {
            Map<String, Object> copy = new LinkedHashMap<>(d);
            copy.put("current", DOCUMENTS.stream().noneMatch(x -> x.get("seriesId").equals(d.get("seriesId"))
                    && (int) x.get("version") > (int) d.get("version")));
            out.add(copy);
        }
        return StubListing.of(out);
    }

    @Get("/{id}/documents/{document}")
    HttpResponse<byte[]> download(String id, String document) {
        return HttpResponse.ok("%PDF-1.4 stub".getBytes(StandardCharsets.ISO_8859_1)).contentType("application/pdf")
                .header("Content-Disposition", "attachment; filename=\"Cahier des charges.pdf\"").header("X-Content-Type-Options", "nosniff");
    }

    @Post(uri = "/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> attach(String id, @Part("file") CompletedFileUpload file, @Part("replaces") @Nullable String replaces,
                           @Part("summary") @Nullable String summary) throws IOException {
        RECEIVED.add(file.getFilename() + ":" + file.getBytes().length);
        if (file.getFilename().contains("programme")) {
            return HttpResponse.badRequest(refusedKind());
        }
        if (summary == null || summary.isBlank()) {
            return HttpResponse.badRequest(problem("summary", "after publication a document comes with an addendum: say what changed"));
        }
        String series = FIRST.equals(replaces) ? FIRST : UUID.randomUUID().toString();
        int version = (int) DOCUMENTS.stream().filter(d -> d.get("seriesId").equals(series)).count() + 1;
        Map<String, Object> d = document(UUID.randomUUID().toString(), series, version, file.getFilename(), file.getBytes().length, summary);
        DOCUMENTS.add(d);
        return HttpResponse.created(d);
    }

    /** The enterprise's own response files: every opportunity's start with one quote; a new file is kept, a program refused. */
    static final List<Map<String, Object>> RESPONSE_FILES = new CopyOnWriteArrayList<>();
    static final String QUOTE = "9a000000-0000-4000-8000-000000000001";

    static void resetResponseFiles() {
        RESPONSE_FILES.clear();
        RESPONSE_FILES.add(document(QUOTE, QUOTE, 1, "Soumission.pdf", 4096, null));
    }

    @Get("/{id}/responses/mine/documents")
    Map<String, Object> responseFiles(String id) {
        if (RESPONSE_FILES.isEmpty()) {
            resetResponseFiles();
        }
        return StubListing.of(RESPONSE_FILES);
    }

    @Get("/{id}/responses/documents/{document}")
    HttpResponse<byte[]> responseFile(String id, String document) {
        return HttpResponse.ok("%PDF-1.4 quote".getBytes(StandardCharsets.ISO_8859_1)).contentType("application/pdf")
                .header("Content-Disposition", "attachment; filename=\"Soumission.pdf\"").header("X-Content-Type-Options", "nosniff");
    }

    @Post(uri = "/{id}/responses/mine/documents", consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> attachToResponse(String id, @Part("file") CompletedFileUpload file, @Part("replaces") @Nullable String replaces)
            throws IOException {
        RECEIVED.add("response:" + file.getFilename() + ":" + file.getBytes().length + ":" + replaces);
        if (file.getFilename().contains("programme")) {
            return HttpResponse.badRequest(refusedKind());
        }
        String series = QUOTE.equals(replaces) ? QUOTE : UUID.randomUUID().toString();
        if (QUOTE.equals(replaces)) {
            RESPONSE_FILES.replaceAll(d -> {
                Map<String, Object> old = new LinkedHashMap<>(d);
                old.put("current", false);
                return QUOTE.equals(d.get("seriesId")) ? old : d;
            });
        }
        int version = (int) RESPONSE_FILES.stream().filter(d -> d.get("seriesId").equals(series)).count() + 1;
        Map<String, Object> d = document(UUID.randomUUID().toString(), series, version, file.getFilename(), file.getBytes().length, null);
        RESPONSE_FILES.add(d);
        return HttpResponse.created(d);
    }

    private static Map<String, Object> document(String id, String series, int version, String name, long size, String summary) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("id", id);
        d.put("seriesId", series);
        d.put("version", version);
        d.put("current", true);
        d.put("fileName", name);
        d.put("contentType", "application/pdf");
        d.put("sizeBytes", size);
        // a digest of the name, as good as the file's for a stub: each file its own
        d.put("sha256", HexFormat.of().formatHex(sha256(name + ":" + version)));
        d.put("summary", summary);
        d.put("uploadedAt", "2026-01-12T15:00:00Z");
        return d;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** As contracts-service refuses a file's kind: both languages in the message, and a code the site says in its own words. */
    private static Map<String, Object> refusedKind() {
        String message = "this file is not of an accepted kind; accepted: PDF, Word (.docx) / ce fichier n'est pas d'un format accepté";
        return Map.of("type", "https://maillage.org/problems/invalid", "title", "Invalid input", "status", 400, "detail", "file: " + message,
                "errors", List.of(Map.of("field", "file", "code", "file-kind", "message", message)));
    }

    private static Map<String, Object> problem(String field, String message) {
        return Map.of("type", "https://maillage.org/problems/invalid", "title", "Invalid input", "status", 400,
                "detail", field + ": " + message, "errors", List.of(Map.of("field", field, "message", message)));
    }
}
