package org.maillage.contracts.document;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.server.types.files.StreamedFile;
import org.maillage.platform.problem.ProblemException;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The HTTP edges of documents: a multipart part in, a download out. */
final class Uploads {

    private Uploads() {
    }

    static Upload of(CompletedFileUpload file) {
        if (file == null) {
            throw ProblemException.invalid("file", "choose a file to send (multipart part `file`) / choisissez un fichier");
        }
        try {
            return new Upload(file.getFilename(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Always an attachment, never sniffed: a browser saves the file rather than render it on our origin, whatever
     * it contains. Response documents are never cached by anyone in between.
     */
    static HttpResponse<StreamedFile> serve(Download d) {
        return HttpResponse.ok(new StreamedFile(d.content(), MediaType.of(d.contentType())))
                .contentType(d.contentType())
                .contentLength(d.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, d.contentDisposition())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, d.privateToParties() ? "private, no-store" : "no-cache");
    }
}
