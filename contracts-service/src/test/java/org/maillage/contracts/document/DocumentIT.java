package org.maillage.contracts.document;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.maillage.contracts.Fixtures;
import org.maillage.contracts.OwnContractsServiceIT;
import org.maillage.contracts.api.ContractsTopics;
import org.maillage.contracts.api.OpportunityEventTypes;
import org.maillage.contracts.opportunity.MontrealTime;
import org.maillage.testkit.Listings;
import org.maillage.testkit.TestEvents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.maillage.contracts.Fixtures.assertProblem;
import static org.maillage.contracts.Fixtures.assertStatus;

/**
 * Documents through the service's API on a real PostgreSQL and Kafka, kept in a folder: what is accepted (by content),
 * what is refused (and then nothing is kept, neither bytes nor row), who may attach and read, and how a replacement
 * keeps the old version listed.
 */
/*
 * A context, database and topics of its own, not the module's shared one (ContractsServiceIT): it lowers the size and
 * the number of files a notice and a response may hold, which would refuse other classes' uploads.
 */
@MicronautTest(transactional = false)
class DocumentIT extends OwnContractsServiceIT {


    private final Path folder = Path.of("target", "documents-" + UUID.randomUUID()).toAbsolutePath();
    private final UUID city = UUID.randomUUID();
    private final UUID school = UUID.randomUUID();
    private final UUID coop = UUID.randomUUID();
    private final UUID rival = UUID.randomUUID();
    private final UUID bulky = UUID.randomUUID();
    private final UUID dormant = UUID.randomUUID();

    DocumentIT() {
        super("documents");
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(super.getProperties());
        p.put("maillage.documents.folder", folder.toString());
        p.put("maillage.documents.max-bytes", String.valueOf(64 * 1024));
        p.put("maillage.documents.response-max-files", "2");
        p.put("maillage.documents.response-max-total-bytes", String.valueOf(100 * 1024));
        p.put("maillage.documents.notice-max-files", "3");
        p.put("maillage.documents.notice-max-total-bytes", String.valueOf(200 * 1024));
        return p;
    }

    @BeforeAll
    void knownOrganizations() {
        Fixtures.register(service, city, "INSTITUTION", "ACTIVE", "90100000", "06", List.of());
        Fixtures.register(service, school, "INSTITUTION", "ACTIVE", "90100000", "06", List.of());
        Fixtures.register(service, coop, "ENTERPRISE", "ACTIVE", "90100000", "06", List.of());
        Fixtures.register(service, rival, "ENTERPRISE", "ACTIVE", "90100000", "06", List.of());
        Fixtures.register(service, bulky, "ENTERPRISE", "ACTIVE", "90100000", "06", List.of());
        Fixtures.register(service, dormant, "ENTERPRISE", "INACTIVE", "90100000", "06", List.of());
        Fixtures.awaitKnown(service, city, school, coop, rival, bulky, dormant);
    }

    @Test
    void theBuyerAttachesAPdfAndADocxThatAnyoneCanDownloadAsAttachments() {
        String buyer = tokens.token("BUYER", city, List.of());
        String id = draft(buyer, LocalDateTime.now(MontrealTime.ZONE).plusDays(10));

        Map<String, Object> pdf = attach(buyer, id, "Cahier des charges.pdf", SampleFiles.pdf("cahier"), Map.of()).body();
        assertThat(pdf).containsEntry("contentType", "application/pdf").containsEntry("fileName", "Cahier des charges.pdf")
                .containsEntry("version", 1).containsEntry("current", true);
        Map<String, Object> docx = attach(buyer, id, "Bordereau.docx", SampleFiles.docx("prix"), Map.of()).body();
        assertThat(docx).containsEntry("contentType", FileKind.DOCX.mediaType);

        // a draft's documents are its buyer's alone
        assertStatus(404, () -> Listings.items(http.toBlocking().retrieve(HttpRequest.GET("/api/opportunities/" + id + "/documents"), JSON)));
        assertStatus(404, () -> http.toBlocking().exchange(HttpRequest.GET((String) pdf.get("href")), byte[].class));
        post("/api/opportunities/" + id + "/publish", buyer, "");

        List<Map<String, Object>> listed = Listings.items(http.toBlocking().retrieve(HttpRequest.GET("/api/opportunities/" + id + "/documents"), JSON));
        assertThat(listed).extracting(d -> d.get("fileName")).containsExactly("Cahier des charges.pdf", "Bordereau.docx");

        // whatever the client says it accepts (the site's client asks for JSON), the file comes as itself
        HttpResponse<byte[]> download = http.toBlocking().exchange(HttpRequest.GET((String) docx.get("href"))
                .accept(MediaType.APPLICATION_JSON_TYPE), byte[].class);
        assertThat(download.body()).isEqualTo(SampleFiles.docx("prix"));
        assertThat(download.getHeaders().get("Content-Disposition")).startsWith("attachment; filename=\"Bordereau.docx\"");
        assertThat(download.getHeaders().get("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.getHeaders().get("Content-Type")).isEqualTo(FileKind.DOCX.mediaType);
        // a document of another opportunity is not reachable through this one
        String other = draft(buyer, LocalDateTime.now(MontrealTime.ZONE).plusDays(10));
        assertStatus(404, () -> http.toBlocking().exchange(HttpRequest.GET("/api/opportunities/" + other + "/documents/" + docx.get("id")),
                byte[].class));
    }

    @Test
    void aBadFileIsRefusedNamingTheFieldAndNothingIsKept() throws IOException {
        String buyer = tokens.token("BUYER", city, List.of());
        String id = draft(buyer, LocalDateTime.now(MontrealTime.ZONE).plusDays(10));
        long filesBefore = filesKept();

        assertProblem(400, "file", () -> attach(buyer, id, "offre.pdf", SampleFiles.exe(), Map.of()));
        assertProblem(400, "file", () -> attach(buyer, id, "vide.pdf", new byte[0], Map.of()));
        assertProblem(400, "file", () -> attach(buyer, id, "archive.docx", SampleFiles.zip(), Map.of()));
        HttpClientResponseException tooLarge = assertThrows(HttpClientResponseException.class,
                () -> attach(buyer, id, "grand.pdf", SampleFiles.pdfOfSize(64 * 1024 + 1), Map.of()));
        assertThat(tooLarge.getStatus().getCode()).isEqualTo(413);
        assertThat(tooLarge.getResponse().getContentType()).hasValueSatisfying(t -> assertThat(t.toString()).isEqualTo("application/problem+json"));
        assertThat(tooLarge.getResponse().getBody(String.class).orElseThrow()).contains("\"field\":\"file\"");
        // a file that passes, but replaces nothing of this notice: its bytes were written, then taken back with the row
        assertProblem(400, "replaces", () -> attach(buyer, id, "ok.pdf", SampleFiles.pdf("ok"), Map.of("replaces", UUID.randomUUID().toString())));

        assertThat(filesKept()).isEqualTo(filesBefore);
        assertThat(Listings.items(http.toBlocking().retrieve(HttpRequest.GET("/api/opportunities/" + id + "/documents").bearerAuth(buyer), JSON))).isEmpty();
    }

    @Test
    void onlyTheBuyingOrganizationAttaches() {
        String buyer = tokens.token("BUYER", city, List.of());
        String id = draft(buyer, LocalDateTime.now(MontrealTime.ZONE).plusDays(10));
        post("/api/opportunities/" + id + "/publish", buyer, "");
        String otherInstitution = tokens.token("BUYER", school, List.of());
        assertStatus(403, () -> attach(otherInstitution, id, "faux.pdf", SampleFiles.pdf("x"), Map.of("summary", "ajout")));
        assertStatus(403, () -> attach(tokens.token("SUPPLIER", coop, List.of()), id, "faux.pdf", SampleFiles.pdf("x"), Map.of("summary", "x")));
        assertStatus(401, () -> http.toBlocking().exchange(HttpRequest.POST("/api/opportunities/" + id + "/documents", multipart("a.pdf",
                SampleFiles.pdf("x"), Map.of())).contentType(MediaType.MULTIPART_FORM_DATA_TYPE), JSON));
    }

    @Test
    void anAddendumReplacesADocumentAndTheOldVersionStaysListed() {
        String buyer = tokens.token("BUYER", city, List.of());
        String id = draft(buyer, LocalDateTime.now(MontrealTime.ZONE).plusDays(10));
        Map<String, Object> first = attach(buyer, id, "Devis.pdf", SampleFiles.pdf("v1"), Map.of()).body();
        post("/api/opportunities/" + id + "/publish", buyer, "");

        // after publication a change is an addendum: it says what changed
        assertProblem(400, "summary", () -> attach(buyer, id, "Devis.pdf", SampleFiles.pdf("v2"), Map.of("replaces", (String) first.get("id"))));
        Map<String, Object> second = attach(buyer, id, "Devis révisé.pdf", SampleFiles.pdf("v2"),
                Map.of("replaces", (String) first.get("id"), "summary", "Quantités corrigées / quantities corrected")).body();
        assertThat(second).containsEntry("seriesId", first.get("seriesId")).containsEntry("version", 2)
                .containsEntry("summary", "Quantités corrigées / quantities corrected");

        List<Map<String, Object>> listed = Listings.items(http.toBlocking().retrieve(HttpRequest.GET("/api/opportunities/" + id + "/documents"), JSON));
        assertThat(listed).extracting(d -> d.get("version") + ":" + d.get("current")).containsExactly("1:false", "2:true");
        assertThat(http.toBlocking().exchange(HttpRequest.GET((String) first.get("href")), byte[].class).body()).isEqualTo(SampleFiles.pdf("v1"));
        Map<String, Object> notice = http.toBlocking().retrieve(HttpRequest.GET("/api/opportunities/" + id), JSON);
        assertThat((List<?>) notice.get("amendments")).singleElement().asString().contains("Quantités corrigées");
    }

    @Test
    void responseDocumentsAreTheirEnterprisesAndTheBuyersAfterTheDeadlineOnly() {
        String buyer = tokens.token("BUYER", city, List.of());
        String id = draft(buyer, LocalDateTime.now(MontrealTime.ZONE).plusSeconds(15).truncatedTo(ChronoUnit.SECONDS));
        post("/api/opportunities/" + id + "/publish", buyer, "");
        String coopToken = tokens.token("SUPPLIER", coop, List.of());
        String rivalToken = tokens.token("SUPPLIER", rival, List.of());
        http.toBlocking().retrieve(HttpRequest.PUT("/api/opportunities/" + id + "/responses/mine",
                Map.of("priceCad", 25000, "proposal", "Notre offre")).bearerAuth(coopToken), JSON);
        Map<String, Object> offer = attachToResponse(coopToken, id, "Offre.docx", SampleFiles.docx("offre"));
        assertThat(offer).containsEntry("enterpriseId", coop.toString());
        String href = (String) offer.get("href");

        assertThat(Listings.items(http.toBlocking().retrieve(HttpRequest.GET("/api/opportunities/" + id + "/responses/mine/documents").bearerAuth(rivalToken), JSON)))
                .isEmpty();
        assertStatus(404, () -> http.toBlocking().exchange(HttpRequest.GET(href).bearerAuth(rivalToken), byte[].class));
        assertStatus(409, () -> http.toBlocking().exchange(HttpRequest.GET(href).bearerAuth(buyer), byte[].class));
        assertStatus(409, () -> Listings.items(http.toBlocking().retrieve(HttpRequest.GET("/api/opportunities/" + id + "/responses/documents").bearerAuth(buyer), JSON)));
        assertStatus(403, () -> Listings.items(http.toBlocking().retrieve(HttpRequest.GET("/api/opportunities/" + id + "/responses/documents")
                .bearerAuth(tokens.token("BUYER", school, List.of())), JSON)));
        assertThat(http.toBlocking().exchange(HttpRequest.GET(href).bearerAuth(coopToken), byte[].class).getHeaders().get("Cache-Control"))
                .isEqualTo("private, no-store");
        // the notice's document list never shows a response's file
        assertThat(Listings.items(http.toBlocking().retrieve(HttpRequest.GET("/api/opportunities/" + id + "/documents"), JSON))).isEmpty();

        String forBuyer = "/api/opportunities/" + id + "/responses/documents";
        List<Map<String, Object>> seen = await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> Listings.items(http.toBlocking().retrieve(HttpRequest.GET(forBuyer).bearerAuth(buyer), JSON)), l -> true);
        assertProblem(409, "deadline", () -> attachToResponse(coopToken, id, "Tard.pdf", SampleFiles.pdf("tard")));
        assertThat(seen).extracting(d -> d.get("fileName")).containsExactly("Offre.docx");
        HttpResponse<byte[]> read = http.toBlocking().exchange(HttpRequest.GET(href).bearerAuth(buyer), byte[].class);
        assertThat(read.body()).isEqualTo(SampleFiles.docx("offre"));
        assertThat(read.getHeaders().get("Content-Disposition")).startsWith("attachment;");
        assertStatus(404, () -> http.toBlocking().exchange(HttpRequest.GET(href).bearerAuth(rivalToken), byte[].class));
        assertStatus(404, () -> http.toBlocking().exchange(HttpRequest.GET(href).bearerAuth(tokens.token("BUYER", school, List.of())), byte[].class));
    }

    /** Issue 30, item 3: each version of a response is announced for its receipt by email: its files with size and digest, never its price. */
    @Test
    void eachVersionOfAResponseIsAnnouncedForItsReceiptWithItsFilesAndNeverItsPrice() throws Exception {
        String buyer = tokens.token("BUYER", city, List.of());
        String id = draft(buyer, LocalDateTime.now(MontrealTime.ZONE).plusDays(10));
        post("/api/opportunities/" + id + "/publish", buyer, "");
        String coopToken = tokens.token("SUPPLIER", coop, List.of());
        String mine = "/api/opportunities/" + id + "/responses/mine";
        Map<String, Object> first = http.toBlocking().retrieve(HttpRequest.PUT(mine, Map.of("priceCad", 25013, "proposal", "Offre scellée"))
                .bearerAuth(coopToken), JSON);
        byte[] pdf = SampleFiles.pdf("reçu");
        attachToResponse(coopToken, id, "Offre.pdf", pdf);
        Map<String, Object> second = http.toBlocking().retrieve(HttpRequest.PUT(mine, Map.of("priceCad", 24017, "proposal", "Offre scellée"))
                .bearerAuth(coopToken), JSON);

        List<String> received = await().atMost(Duration.ofSeconds(20)).until(() -> TestEvents.readAll(service.kafkaBootstrapServers(),
                        service.topicPrefix() + ContractsTopics.OPPORTUNITIES, 1).stream().filter(r -> id.equals(r.key()))
                .filter(r -> OpportunityEventTypes.RESPONSE_RECEIVED_V1.equals(TestEvents.header(r, "ce_type")))
                .map(r -> new String(r.value(), StandardCharsets.UTF_8).replace(" ", "")).toList(), l -> l.size() == 2);
        assertThat(received.get(0)).contains("\"responseId\":\"" + first.get("id") + "\"").contains("\"enterpriseId\":\"" + coop + "\"")
                .contains("\"replaced\":false").contains("\"files\":[]").containsPattern("\"accountId\":\"[0-9a-f-]{36}\"");
        assertThat(received.get(1)).contains("\"responseId\":\"" + second.get("id") + "\"").contains("\"replaced\":true")
                .contains("\"fileName\":\"Offre.pdf\"").contains("\"sizeBytes\":" + pdf.length)
                .contains("\"sha256\":\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)) + "\"");
        assertThat(received).allSatisfy(e -> assertThat(e).doesNotContain("25013").doesNotContain("24017").doesNotContain("price")
                .doesNotContain("proposal").doesNotContain("scellée"));
    }

    /** Issue 26, item 6: so many files and bytes per response and per notice (here 2 and 100 KiB, 3 and 200 KiB), every version counted. */
    @Test
    void aResponseAndANoticeHoldSoManyFilesAndBytesEveryVersionCounted() throws IOException {
        String buyer = tokens.token("BUYER", city, List.of());
        String id = draft(buyer, LocalDateTime.now(MontrealTime.ZONE).plusDays(10));
        for (int i = 1; i <= 3; i++) {
            attach(buyer, id, "Annexe " + i + ".pdf", SampleFiles.pdf("annexe " + i), Map.of());
        }
        long kept = filesKept();
        HttpClientResponseException fourth = assertThrows(HttpClientResponseException.class,
                () -> attach(buyer, id, "Annexe 4.pdf", SampleFiles.pdf("annexe 4"), Map.of()));
        assertThat(fourth.getStatus().getCode()).isEqualTo(409);
        assertThat(fourth.getResponse().getBody(String.class).orElseThrow()).contains("\"field\":\"file\"").contains("\"maxFiles\":3");
        post("/api/opportunities/" + id + "/publish", buyer, "");

        String coopToken = tokens.token("SUPPLIER", coop, List.of());
        attachToResponse(coopToken, id, "Offre.pdf", SampleFiles.pdf("offre"));
        Map<String, Object> grid = attachToResponse(coopToken, id, "Grille.pdf", SampleFiles.pdf("grille"));
        assertProblem(409, "file", () -> attachToResponse(coopToken, id, "Références.pdf", SampleFiles.pdf("références")));
        // a replacement is a version kept beside the old one: it counts too
        assertProblem(409, "file", () -> http.toBlocking().retrieve(HttpRequest.POST("/api/opportunities/" + id + "/responses/mine/documents",
                multipart("Grille v2.pdf", SampleFiles.pdf("grille 2"), Map.of("replaces", (String) grid.get("id"))))
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE).bearerAuth(coopToken), JSON));

        String bulkyToken = tokens.token("SUPPLIER", bulky, List.of());
        attachToResponse(bulkyToken, id, "Offre.pdf", SampleFiles.pdfOfSize(60 * 1024));
        HttpClientResponseException tooMuch = assertThrows(HttpClientResponseException.class,
                () -> attachToResponse(bulkyToken, id, "Annexe.pdf", SampleFiles.pdfOfSize(50 * 1024)));
        assertThat(tooMuch.getStatus().getCode()).isEqualTo(409);
        assertThat(tooMuch.getResponse().getBody(String.class).orElseThrow()).contains("\"field\":\"file\"")
                .contains("\"maxTotalBytes\":102400");

        // one response's files are its own: another enterprise still has all its room
        attachToResponse(tokens.token("SUPPLIER", rival, List.of()), id, "Offre.pdf", SampleFiles.pdf("rival"));
        assertThat(filesKept()).isEqualTo(kept + 4);
    }

    /** Issue 26, item 6: files go with a response only from an enterprise that may respond (the response's own rule). */
    @Test
    void onlyAnEnterpriseThatMayRespondAttachesToAResponse() throws IOException {
        String buyer = tokens.token("BUYER", city, List.of());
        String id = draft(buyer, LocalDateTime.now(MontrealTime.ZONE).plusDays(10));
        long kept = filesKept();
        assertStatus(404, () -> attachToResponse(tokens.token("SUPPLIER", coop, List.of()), id, "Offre.pdf", SampleFiles.pdf("x")));
        post("/api/opportunities/" + id + "/publish", buyer, "");

        assertProblem(409, "enterprise", () -> attachToResponse(tokens.token("SUPPLIER", dormant, List.of()), id, "Offre.pdf", SampleFiles.pdf("x")));
        assertProblem(409, "enterprise", () -> attachToResponse(tokens.token("SUPPLIER", city, List.of()), id, "Offre.pdf", SampleFiles.pdf("x")));
        assertProblem(400, "enterprise", () -> attachToResponse(tokens.token("SUPPLIER", null, List.of()), id, "Offre.pdf", SampleFiles.pdf("x")));
        assertStatus(404, () -> attachToResponse(tokens.token("SUPPLIER", UUID.randomUUID(), List.of()), id, "Offre.pdf", SampleFiles.pdf("x")));
        assertThat(filesKept()).isEqualTo(kept);
    }

    @Test
    void aDraftIsDeletedWithItsFilesByItsBuyerOnlyAndAPublishedCallIsNot() throws IOException {
        String buyer = tokens.token("BUYER", city, List.of());
        String id = draft(buyer, LocalDateTime.now(MontrealTime.ZONE).plusDays(10));
        long before = filesKept();
        attach(buyer, id, "Cahier des charges.pdf", SampleFiles.pdf("brouillon"), Map.of());
        attach(buyer, id, "Bordereau.docx", SampleFiles.docx("brouillon"), Map.of());
        assertThat(filesKept()).isEqualTo(before + 2);

        // another organization has no draft of that id to delete, and deletes nothing
        assertStatus(404, () -> delete(tokens.token("BUYER", school, List.of()), id));
        assertThat(filesKept()).isEqualTo(before + 2);

        assertThat(delete(buyer, id).getStatus().getCode()).isEqualTo(204);
        assertStatus(404, () -> http.toBlocking().retrieve(HttpRequest.GET("/api/opportunities/" + id).bearerAuth(buyer), JSON));
        assertThat(filesKept()).as("the draft's files are gone with it").isEqualTo(before);
        assertStatus(404, () -> delete(buyer, id));

        // a published call is cancelled, never deleted: it stays on record
        String published = draft(buyer, LocalDateTime.now(MontrealTime.ZONE).plusDays(10));
        post("/api/opportunities/" + published + "/publish", buyer, "");
        assertProblem(409, "status", () -> delete(buyer, published));
        assertStatus(403, () -> delete(tokens.token("BUYER", school, List.of()), published));
        assertThat(http.toBlocking().retrieve(HttpRequest.GET("/api/opportunities/" + published), JSON)).containsEntry("status", "PUBLISHED");
    }

    private HttpResponse<?> delete(String token, String opportunity) {
        return http.toBlocking().exchange(HttpRequest.DELETE("/api/opportunities/" + opportunity).bearerAuth(token));
    }

    private String draft(String token, LocalDateTime deadline) {
        return (String) post("/api/opportunities", token, Map.of("titleFr", "Traiteur", "categories", List.of("90100000"),
                "regions", List.of("06"), "method", "PUBLIC_CALL", "deadline", deadline.toString())).get("id");
    }

    private HttpResponse<Map<String, Object>> attach(String token, String opportunity, String name, byte[] content, Map<String, String> fields) {
        return http.toBlocking().exchange(HttpRequest.POST("/api/opportunities/" + opportunity + "/documents", multipart(name, content, fields))
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE).bearerAuth(token), JSON);
    }

    private Map<String, Object> attachToResponse(String token, String opportunity, String name, byte[] content) {
        return http.toBlocking().retrieve(HttpRequest.POST("/api/opportunities/" + opportunity + "/responses/mine/documents",
                multipart(name, content, Map.of())).contentType(MediaType.MULTIPART_FORM_DATA_TYPE).bearerAuth(token), JSON);
    }

    /** Sent as a browser would: the client's claimed type says nothing the service believes. */
    private static MultipartBody multipart(String name, byte[] content, Map<String, String> fields) {
        MultipartBody.Builder b = MultipartBody.builder().addPart("file", name, MediaType.APPLICATION_PDF_TYPE, content);
        fields.forEach(b::addPart);
        return b.build();
    }

    private long filesKept() throws IOException {
        if (!Files.exists(folder)) {
            return 0;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile).count();
        }
    }
}
