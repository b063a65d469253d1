package org.maillage.web.supplier;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import org.maillage.web.api.ApiException;
import org.maillage.web.documents.DocumentsApi;
import org.maillage.web.documents.DocumentsView;
import org.maillage.web.documents.Files;
import org.maillage.web.site.Page;
import org.maillage.web.site.Pages;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The files of the enterprise's response (a quote, a price grid, certificates): attached or replaced until the deadline,
 * every version listed. A plain multipart form; the API keeps them sealed from everyone but the enterprise until the
 * deadline, then shows them to the buyer with the response.
 */
@Controller("/supplier/opportunities/{id}/response/documents")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ResponseDocumentsController {

    private static final List<String> FIELDS = List.of("file", "replaces");

    private final SupplierReads reads;
    private final DocumentsApi documents;

    ResponseDocumentsController(SupplierReads reads, DocumentsApi documents) {
        this.reads = reads;
        this.documents = documents;
    }

    @Get("{?added}")
    public HttpResponse<?> show(HttpRequest<?> request, UUID id, @Nullable @QueryValue String added) {
        String token = reads.token(request);
        return HttpResponse.ok(render(request, id, token, Map.of(), "", added != null));
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    public HttpResponse<?> attach(HttpRequest<?> request, UUID id, @Part("file") @Nullable CompletedFileUpload file,
                                  @Part("replaces") @Nullable String replaces) {
        String token = reads.token(request);
        String kept = replaces == null ? "" : replaces;
        Page page = Pages.page(request, "site.name");
        if (file == null || file.getFilename() == null || file.getFilename().isBlank()) {
            return HttpResponse.badRequest(render(request, id, token, Map.of("file", page.t("documents.fileMissing")), kept, false));
        }
        try {
            documents.attachToResponse(id, token, file.getFilename(), Files.bytes(file), kept);
        } catch (ApiException e) {
            return HttpResponse.status(HttpStatus.valueOf(e.status())).body(render(request, id, token, Files.refusal(e, FIELDS, page), kept, false));
        }
        return HttpResponse.seeOther(URI.create("/supplier/opportunities/" + id + "/response/documents?added=1"));
    }

    /** A file of the enterprise's own response; the API answers 404 for anyone else's. */
    @Get("/{document}")
    public HttpResponse<byte[]> download(HttpRequest<?> request, UUID id, UUID document) {
        return Files.relay(documents.downloadFromResponse(id, document, reads.token(request)));
    }

    private ModelAndView<Map<String, Object>> render(HttpRequest<?> request, UUID id, String token, Map<String, String> errors,
                                                     String replaces, boolean added) {
        Page base = Pages.page(request, "site.name");
        Heading h = reads.heading(reads.opportunity(id, token), base, Instant.now());
        Page page = Pages.titled(request, (errors.isEmpty() ? "" : base.t("documents.errorTitle") + " – ")
                + base.t("supplier.files.pageTitle", h.title()));
        List<DocumentsApi.Document> files = documents.responseFiles(id, token);
        String here = "/supplier/opportunities/" + id + "/response";
        DocumentsView.Texts texts = new DocumentsView.Texts(here, page.t("supplier.files.back"), page.t("supplier.files.title", h.title()),
                page.t("supplier.files.intro"), here + "/documents", page.t("supplier.files.closed"));
        return Pages.render("documents/documents", page, new DocumentsView(texts, false, h.open(),
                Files.rows(files, here + "/documents/", page), Files.replaceable(files), errors, replaces, "", added));
    }
}
