package org.maillage.web.documents;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.multipart.CompletedFileUpload;
import org.maillage.web.api.ApiException;
import org.maillage.web.site.Page;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the documents pages share: the rows they list, the API's refusal by field, and a download passed on. */
public final class Files {

    private Files() {
    }

    public static List<DocumentsView.Row> rows(List<DocumentsApi.Document> documents, String hrefPrefix, Page page) {
        return documents.stream().map(d -> new DocumentsView.Row(d.fileName(), hrefPrefix + d.id(), d.version(), d.current(),
                size(d.sizeBytes(), page), page.dateTime(d.uploadedAt()), d.summary())).toList();
    }

    /** The current version of each document, which a new file may replace. */
    public static List<DocumentsView.Choice> replaceable(List<DocumentsApi.Document> documents) {
        return documents.stream().filter(DocumentsApi.Document::current)
                .map(d -> new DocumentsView.Choice(d.id().toString(), d.fileName() + " (v" + d.version() + ")")).toList();
    }

    /**
     * The API's refusal of a file, by the page's field ({@code ""} for the whole form), in the page's language when the
     * API names the refusal by a code this site has words for (the API's own text holds both languages); anything but a
     * refusal of what was sent (400, 409, 413) is not the person's to fix and goes on to the error pages.
     */
    public static Map<String, String> refusal(ApiException e, List<String> fields, Page page) {
        if (e.status() != 400 && e.status() != 409 && e.status() != 413) {
            throw e;
        }
        Map<String, String> errors = new LinkedHashMap<>();
        for (ApiException.FieldError f : e.fieldErrors()) {
            String own = f.code() == null ? null : page.known("documents.refused." + f.code());
            errors.putIfAbsent(fields.contains(f.field()) ? f.field() : "", own != null ? own : f.message());
        }
        if (errors.isEmpty()) {
            errors.put(e.status() == 413 ? "file" : "", e.getMessage());
        }
        return errors;
    }

    /** The file as the API served it: an attachment the browser must not sniff, kept out of shared caches. */
    public static HttpResponse<byte[]> relay(HttpResponse<byte[]> file) {
        return HttpResponse.ok(file.body())
                .contentType(file.getHeaders().get(HttpHeaders.CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, file.getHeaders().get(HttpHeaders.CONTENT_DISPOSITION))
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store");
    }

    public static byte[] bytes(CompletedFileUpload file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String size(long bytes, Page page) {
        return bytes < 1024 * 1024 ? page.t("documents.sizeKb", Math.max(1, bytes / 1024)) : page.t("documents.sizeMb",
                String.format(page.language().locale(), "%.1f", bytes / (1024.0 * 1024.0)));
    }
}
