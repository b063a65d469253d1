package org.maillage.web.documents;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillage.web.WebTestSupport;
import org.maillage.web.stub.Samples;
import org.maillage.web.stub.StubApi;
import org.maillage.web.stub.SupplierStubApi;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The buyer's documents page without JavaScript: a plain multipart form, errors next to their field, POST-redirect-GET. */
@MicronautTest
class DocumentsPagesIT extends WebTestSupport {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String PAGE = "/buyer/opportunities/" + Samples.OPPORTUNITY + "/documents";
    private static final String RESPONSE_FILES = "/supplier/opportunities/" + SupplierStubApi.OPEN + "/response/documents";

    @BeforeEach
    void freshDocuments() {
        StubApi.currentRefresh = "refresh-1";
        DocumentsStubApi.reset();
    }

    @Test
    void theNoticeListsItsDocumentsWithDownloadLinks() {
        String fr = get("/opportunities/" + Samples.OPPORTUNITY).body();
        assertThat(fr).contains("href=\"/api/opportunities/" + Samples.OPPORTUNITY + "/documents/" + DocumentsStubApi.FIRST + "\" download")
                .contains("Cahier des charges.pdf").contains("v1 (en vigueur)");
    }

    @Test
    void thePageNeedsSignIn() {
        HttpResponse<String> r = get(PAGE);
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location").orElseThrow()).startsWith("/sign-in");
    }

    @Test
    void aBuyerAttachesAnAddendumAndSeesTheOldVersionListed() {
        String session = signIn();
        HttpResponse<String> page = get(PAGE, session);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("enctype=\"multipart/form-data\"").contains("<label for=\"file\">")
                .contains("<label for=\"summary\">").contains("Cahier des charges.pdf (v1)");

        HttpResponse<String> sent = upload(session, csrf(page.body()), "Cahier revise.pdf", DocumentsStubApi.FIRST, "Quantités corrigées");
        assertThat(sent.statusCode()).isEqualTo(303);
        assertThat(sent.headers().firstValue("Location")).hasValue(PAGE + "?added=1");
        assertThat(DocumentsStubApi.RECEIVED).containsExactly("Cahier revise.pdf:13");
        String after = get(PAGE + "?added=1", session).body();
        assertThat(after).contains("Le document a été joint.").contains("v1 (remplacée)").contains("v2 (en vigueur)")
                .contains("Quantités corrigées").contains(">Addenda</th>");
    }

    @Test
    void aRefusedFileIsShownNextToItsFieldAndWhatWasTypedIsKept() {
        String session = signIn();
        String token = csrf(get(PAGE, session).body());
        HttpResponse<String> refused = upload(session, token, "programme.pdf", "", "Nouveau plan");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("class=\"error-summary\"").contains("href=\"#file\"").contains("id=\"file-error\"")
                .contains("aria-describedby=\"file-hint file-error\"")
                .contains("Ce fichier n'est pas d'un format accepté. Formats acceptés : PDF, Word (.docx)").doesNotContain("accepted kind")
                .contains(">Nouveau plan</textarea>").contains("<title>Il y a un problème");

        HttpResponse<String> noSummary = upload(session, token, "plan.pdf", DocumentsStubApi.FIRST, "");
        assertThat(noSummary.statusCode()).isEqualTo(400);
        assertThat(noSummary.body()).contains("href=\"#summary\"").contains("id=\"summary-error\"")
                .contains("value=\"" + DocumentsStubApi.FIRST + "\" selected");
    }

    @Test
    void aDraftsPageLeadsBackToItsReviewNotToANoticeThatDoesNotExist() {
        String session = signIn();
        String draft = get("/buyer/opportunities/" + DocumentsStubApi.DRAFT + "/documents", session).body();
        assertThat(draft).contains("href=\"/buyer/opportunities/" + DocumentsStubApi.DRAFT + "/review\"")
                .contains("Retour à la vérification du brouillon").doesNotContain("href=\"/opportunities/" + DocumentsStubApi.DRAFT + "\"");
        assertThat(get(PAGE, session).body()).contains("href=\"/opportunities/" + Samples.OPPORTUNITY + "\"").contains("Retour à l'avis");
    }

    @Test
    void aFormWithoutItsTokenIsRefused() {
        String session = signIn();
        assertThat(upload(session, "forged", "plan.pdf", "", "x").statusCode()).isEqualTo(403);
        assertThat(DocumentsStubApi.RECEIVED).isEmpty();
    }

    @Test
    void theBuyerDownloadsThroughTheSiteAsAnAttachment() {
        String session = signIn();
        HttpResponse<String> file = get(PAGE + "/" + DocumentsStubApi.FIRST, session);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;");
        assertThat(file.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void anEnterpriseAttachesAndReplacesItsResponsesFilesAndFindsThemOnItsResponse() {
        String session = signIn("ventes%40jardins.test");
        HttpResponse<String> page = get(RESPONSE_FILES, session);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Fichiers de ma réponse : ").contains("Personne d'autre que votre entreprise")
                .contains("action=\"" + RESPONSE_FILES + "?_csrf=").contains("Soumission.pdf (v1)").doesNotContain("<label for=\"summary\">")
                .as("a response has no addenda: no empty column for them").doesNotContain(">Addenda</th>");

        HttpResponse<String> sent = upload(RESPONSE_FILES, session, csrf(page.body()), "Soumission revisee.pdf", DocumentsStubApi.QUOTE, null);
        assertThat(sent.headers().firstValue("Location")).hasValue(RESPONSE_FILES + "?added=1");
        assertThat(DocumentsStubApi.RECEIVED).containsExactly("response:Soumission revisee.pdf:13:" + DocumentsStubApi.QUOTE);
        assertThat(get(RESPONSE_FILES + "?added=1", session).body()).contains("Le document a été joint.").contains("v1 (remplacée)")
                .contains("v2 (en vigueur)");

        String response = get("/supplier/opportunities/" + SupplierStubApi.OPEN + "/response", session).body();
        assertThat(response).contains("Fichiers joints à ma réponse").contains("Soumission revisee.pdf</a>").doesNotContain(">Soumission.pdf</a>")
                // no plain link away from the form: its button saves what was typed first (issue 30, item 2)
                .contains("<button type=\"submit\" form=\"response-form\" name=\"then\" value=\"files\"")
                .contains("Enregistrer ma réponse et joindre un fichier").doesNotContain("href=\"" + RESPONSE_FILES + "\"");

        HttpResponse<String> refused = upload(RESPONSE_FILES, session, csrf(page.body()), "programme.pdf", "", null);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"file-error\"").contains("Formats acceptés : PDF").doesNotContain("accepted kind");
        HttpResponse<String> file = get(RESPONSE_FILES + "/" + DocumentsStubApi.QUOTE, session);
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;");
        assertThat(file.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    private static String signIn() {
        return signIn("achats%40ville.test");
    }

    private static String signIn(String email) {
        HttpResponse<String> form = get("/sign-in?back=%2F");
        String visitor = cookie(form, "maillage-form");
        HttpResponse<String> r = post("/sign-in", "email=" + email + "&password=" + StubApi.PASSWORD + "&back=%2F&_csrf=" + csrf(form.body()),
                Map.of("Origin", BASE), visitor);
        return cookie(r, "maillage-session");
    }

    private static String csrf(String body) {
        Matcher m = CSRF.matcher(body);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    /** A multipart form as a browser sends it. */
    private static HttpResponse<String> upload(String session, String csrf, String fileName, String replaces, String summary) {
        return upload(PAGE, session, csrf, fileName, replaces, summary);
    }

    private static HttpResponse<String> upload(String path, String session, String csrf, String fileName, String replaces, String summary) {
        String boundary = "----maillage" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        field(body, boundary, "_csrf", csrf);
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes("%PDF-1.4 plan".getBytes(StandardCharsets.UTF_8));
        body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        field(body, boundary, "replaces", replaces);
        if (summary != null) {
            field(body, boundary, "summary", summary);
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        // a form that sends files carries its token in its address (the site's filter reads no multipart body)
        String address = BASE + path + (csrf == null ? "" : "?_csrf=" + csrf);
        return send(HttpRequest.newBuilder(URI.create(address))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Origin", BASE).header("Cookie", session)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    private static void field(ByteArrayOutputStream body, String boundary, String name, String value) {
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
    }
}
