package org.maillage.web.documents;

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
import org.maillage.web.api.ApiException;
import org.maillage.web.session.Session;
import org.maillage.web.session.Sessions;
import org.maillage.web.session.SignInRequired;
import org.maillage.web.site.Page;
import org.maillage.web.site.Pages;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The buyer attaches, replaces and lists its opportunity's documents. A plain multipart form (works without
 * JavaScript), posted here and sent on to the API with the session's token; refused files come back next to the field,
 * with what was typed kept; success redirects (POST-redirect-GET).
 */
@Controller("/buyer/opportunities/{id}/documents")
@ExecuteOn(TaskExecutors.BLOCKING)
public class DocumentsController {

    private static final List<String> FIELDS = List.of("file", "replaces", "summary");

    private final DocumentsApi api;
    private final Sessions sessions;

    public DocumentsController(DocumentsApi api, Sessions sessions) {
        this.api = api;
        this.sessions = sessions;
    }

    @Get("{?added}")
    public HttpResponse<?> show(HttpRequest<?> request, UUID id, @Nullable @QueryValue String added) {
        String token = token(request);
        DocumentsApi.Opportunity o = own(id, token);
        return HttpResponse.ok(render(request, o, api.list(id, token), Map.of(), "", "", added != null));
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    public HttpResponse<?> attach(HttpRequest<?> request, UUID id, @Part("file") @Nullable CompletedFileUpload file,
                                  @Part("replaces") @Nullable String replaces, @Part("summary") @Nullable String summary) {
        String token = token(request);
        DocumentsApi.Opportunity o = own(id, token);
        String keptReplaces = replaces == null ? "" : replaces;
        String keptSummary = summary == null ? "" : summary;
        Page page = Pages.page(request, "documents.pageTitle");
        if (file == null || file.getFilename() == null || file.getFilename().isBlank()) {
            return again(request, o, token, Map.of("file", page.t("documents.fileMissing")), keptReplaces, keptSummary, HttpStatus.BAD_REQUEST);
        }
        try {
            api.attach(id, token, file.getFilename(), Files.bytes(file), keptReplaces, keptSummary);
        } catch (ApiException e) {
            return again(request, o, token, Files.refusal(e, FIELDS, page), keptReplaces, keptSummary, HttpStatus.valueOf(e.status()));
        }
        return HttpResponse.seeOther(URI.create("/buyer/opportunities/" + id + "/documents?added=1"));
    }

    /** A document's bytes for its buyer (a draft's documents are not public), with the API's attachment headers. */
    @Get("/{document}")
    public HttpResponse<byte[]> download(HttpRequest<?> request, UUID id, UUID document) {
        String token = token(request);
        own(id, token);
        return Files.relay(api.download(id, document, token));
    }

    private HttpResponse<?> again(HttpRequest<?> request, DocumentsApi.Opportunity o, String token, Map<String, String> errors,
                                  String replaces, String summary, HttpStatus status) {
        return HttpResponse.status(status).body(render(request, o, api.list(o.id(), token), errors, replaces, summary, false));
    }

    private static io.micronaut.views.ModelAndView<Map<String, Object>> render(HttpRequest<?> request, DocumentsApi.Opportunity o,
            List<DocumentsApi.Document> documents, Map<String, String> errors, String replaces, String summary, boolean added) {
        Page base = Pages.page(request, "documents.pageTitle");
        String title = base.pick(o.titleFr(), o.titleEn());
        Page page = Pages.titled(request, (errors.isEmpty() ? "" : base.t("documents.errorTitle") + " – ")
                + base.t("documents.pageTitle") + " – " + title);
        boolean draft = "DRAFT".equals(o.status());
        // a draft has no public notice yet: back to where its buyer reviews it
        DocumentsView.Texts texts = new DocumentsView.Texts(draft ? "/buyer/opportunities/" + o.id() + "/review" : "/opportunities/" + o.id(),
                page.t(draft ? "documents.backToDraft" : "documents.backToNotice"),
                page.t("documents.title", title), page.t("documents.status", page.label("status.", o.status())),
                "/buyer/opportunities/" + o.id() + "/documents", page.t("documents.closed"));
        return Pages.render("documents/documents", page, new DocumentsView(texts, !draft, draft || "PUBLISHED".equals(o.status()),
                Files.rows(documents, "/buyer/opportunities/" + o.id() + "/documents/", page), Files.replaceable(documents), errors,
                replaces, summary, added));
    }

    /** Only the buying organization's own opportunities have this page; to anyone else it does not exist. */
    private DocumentsApi.Opportunity own(UUID id, String token) {
        return api.mine(token).stream().filter(o -> o.id().equals(id)).findFirst()
                .orElseThrow(() -> new ApiException(404, "not one of your organization's opportunities", List.of()));
    }

    private String token(HttpRequest<?> request) {
        Session session = Sessions.of(request).orElseThrow(SignInRequired::new);
        return sessions.accessToken(session);
    }
}
