package org.maillage.web.coordinator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.maillage.web.api.Api;
import org.maillage.web.api.ApiException;
import org.maillage.web.site.Page;
import org.maillage.web.site.Pages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Importing a pilot's enterprises from a spreadsheet, without JavaScript: upload (multipart), read the dry run's
 * report row by row, fix the file and upload it again, then import for real what was checked.
 */
@Controller("/coordinator/pilots/{id}/import")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ImportController {

    private static final int MAX_BYTES = 1_000_000;

    private final Api api;
    private final Coordination coordination;

    public ImportController(Api api, Coordination coordination) {
        this.api = api;
        this.coordination = coordination;
    }

    @Get
    public HttpResponse<?> form(HttpRequest<?> request, UUID id) {
        Coordination.Scope scope = coordination.pilot(request, id);
        Page page = Pages.page(request, "coord.import.pageTitle", scope.pilot().name());
        return HttpResponse.ok(Pages.render("coordinator/import", page, new ImportView(scope.pilot(), List.of(), null, null, null, null, false)));
    }

    /** The template: a header line only, with the French or the English column names (the directory reads both). */
    @Get("/template-{lang}.csv")
    public HttpResponse<?> template(HttpRequest<?> request, UUID id, String lang) {
        coordination.pilot(request, id);
        if (!lang.equals("fr") && !lang.equals("en")) {
            throw new ApiException(404, "no such template", List.of());
        }
        byte[] csv = ("\uFEFF" + ImportColumns.header(lang.equals("fr")) + "\r\n").getBytes(StandardCharsets.UTF_8);
        return HttpResponse.ok(csv).contentType(new MediaType("text/csv", Map.of("charset", "utf-8")))
                .header("Content-Disposition", "attachment; filename=\"maillage-entreprises-" + lang + ".csv\"");
    }

    /** The dry run: nothing is written; the page shows the file back with each error beside its cell. */
    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    public HttpResponse<?> check(HttpRequest<?> request, UUID id, @Nullable @Part("file") CompletedFileUpload file) throws IOException {
        Coordination.Scope scope = coordination.pilot(request, id);
        Page page = Pages.page(request, "coord.import.pageTitle", scope.pilot().name());
        if (file == null || file.getSize() == 0 || file.getFilename() == null || file.getFilename().isBlank()) {
            return refused(page, scope, new FieldError("file", page.t("coord.import.noFile")));
        }
        if (file.getSize() > MAX_BYTES) {
            return refused(page, scope, new FieldError("file", page.t("coord.import.tooLarge")));
        }
        String text = ImportSheet.text(file.getBytes());
        return report(page, scope, file.getFilename(), text, true);
    }

    /** The real import, of exactly the file the dry run checked (carried back by the form). */
    @Post(value = "/confirm", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> confirm(HttpRequest<?> request, UUID id, @Body Map<String, String> fields) {
        Coordination.Scope scope = coordination.pilot(request, id);
        Page page = Pages.page(request, "coord.import.pageTitle", scope.pilot().name());
        String text;
        try {
            text = new String(Base64.getDecoder().decode(fields.getOrDefault("file", "")), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return refused(page, scope, new FieldError("file", page.t("coord.import.noFile")));
        }
        if (text.isBlank()) {
            return refused(page, scope, new FieldError("file", page.t("coord.import.noFile")));
        }
        return report(page, scope, fields.get("fileName"), text, false);
    }

    private HttpResponse<?> report(Page page, Coordination.Scope scope, @Nullable String fileName, String text, boolean dryRun) {
        ImportReport report;
        try {
            report = run(scope, text, dryRun);
        } catch (ApiException e) {
            if (e.status() == 422 && !dryRun) {
                // the directory changed since the dry run (another import, say): check again and show why
                report = run(scope, text, true);
                dryRun = true;
            } else if (e.status() == 400) {
                return refused(page, scope, new FieldError("file", page.t("coord.import.unreadable")));
            } else {
                throw e;
            }
        }
        ImportSheet sheet = ImportSheet.read(text);
        String carried = Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        List<FieldError> summary = new ArrayList<>();
        for (ImportReport.RowError e : report.errors()) {
            int column = sheet == null ? -1 : columnOf(sheet, e);
            String anchor = column < 0 ? "row-" + e.row() : ImportView.cellId(e.row(), column);
            summary.add(new FieldError(anchor, page.t("coord.import.errorAt", e.row(), e.field(), e.message())));
        }
        ImportView view = new ImportView(scope.pilot(), summary, fileName, sheet, report, carried, !dryRun);
        Page titled = summary.isEmpty() ? page
                : new Page(page.language(), page.path(), page.signedIn(), page.csrfToken(), page.t("coord.errorTitle") + " – " + page.title());
        return HttpResponse.status(summary.isEmpty() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY)
                .body(Pages.render("coordinator/import", titled, view));
    }

    private ImportReport run(Coordination.Scope scope, String text, boolean dryRun) {
        return api.send(HttpRequest.POST("/api/pilots/" + scope.pilot().id() + "/imports/enterprises?dryRun=" + dryRun, text)
                .contentType(new MediaType("text/csv", Map.of("charset", "utf-8"))), ImportReport.class, scope.token());
    }

    private static int columnOf(ImportSheet sheet, ImportReport.RowError e) {
        if (e.row() == 1) {
            return -1;
        }
        for (int c = 0; c < sheet.headers().size(); c++) {
            if (ImportColumns.field(sheet.headers().get(c)).equals(e.cell())) {
                return c;
            }
        }
        return -1;
    }

    private static HttpResponse<?> refused(Page page, Coordination.Scope scope, FieldError error) {
        Page titled = new Page(page.language(), page.path(), page.signedIn(), page.csrfToken(), page.t("coord.errorTitle") + " – " + page.title());
        return HttpResponse.status(HttpStatus.BAD_REQUEST).body(Pages.render("coordinator/import", titled,
                new ImportView(scope.pilot(), List.of(error), null, null, null, null, false)));
    }
}
