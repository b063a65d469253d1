package org.maillage.contracts.opportunity;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.maillage.contracts.Fixtures;
import org.maillage.contracts.OwnContractsServiceIT;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.contracts.Fixtures.assertProblem;

/** The public list as a visitor searches it: words in both languages, every filter, paging, and what is never listed. */
/*
 * A context, database and topics of its own, not the module's shared one (ContractsServiceIT): it reads the whole
 * public list (every published opportunity, in order, filtered and paged) and closes every opportunity due by a date,
 * so it needs a database no other class wrote to.
 */
@MicronautTest(transactional = false)
class OpportunitySearchIT extends OwnContractsServiceIT {

    private final UUID city = UUID.randomUUID();
    private final UUID college = UUID.randomUUID();
    private final UUID pager = UUID.randomUUID();

    @Inject
    OpportunityService opportunities;

    private String catering;
    private String cleaning;
    private String snow;
    private String printing;
    private String moving;
    private String draft;
    private String cancelledDraft;

    OpportunitySearchIT() {
        super("opportunity-search");
    }

    @BeforeAll
    void opportunitiesOfEveryKind() throws Exception {
        for (UUID id : List.of(city, college, pager)) {
            Fixtures.register(service, id, "INSTITUTION", "ACTIVE", "90100000", "06", List.of());
        }
        Fixtures.awaitKnown(service, city, college, pager);
        String cityToken = buyer(city);
        printing = publish(cityToken, opportunity("Impression de dépliants", "Leaflet printing", "82121500", "06",
                LocalDateTime.of(2098, 1, 1, 12, 0)));
        // closes the only opportunity due by then: the others are created afterwards or later
        assertThat(opportunities.closeDue(Instant.parse("2098-01-02T00:00:00Z"))).isEqualTo(1);
        Map<String, Object> withheld = opportunity("Service de traiteur pour la cafétéria", "Cafeteria catering", "90101501", "06",
                LocalDateTime.of(2099, 3, 1, 12, 0));
        withheld.put("estimatedValue", 75000);
        withheld.put("valueWithheld", true);
        catering = publish(cityToken, withheld);
        Map<String, Object> soon = opportunity("Entretien ménager des édifices", "Building cleaning services", "76111501", "03",
                LocalDateTime.now(MontrealTime.ZONE).plusDays(3));
        soon.put("descriptionFr", "Réservé aux entreprises d'ÉCONOMIE sociale et d'insertion.");
        cleaning = publish(cityToken, soon);
        Map<String, Object> english = opportunity(null, "Snow removal", "70111700", "06", LocalDateTime.of(2099, 6, 1, 12, 0));
        english.put("descriptionEn", "Winter snow clearing for the parking lots");
        snow = publish(buyer(college), english);
        moving = publish(cityToken, opportunity("Déménagement de bureaux", "Office moving", "78102200", "13",
                LocalDateTime.of(2099, 9, 1, 12, 0)));
        post("/api/opportunities/" + moving + "/cancel", cityToken, Map.of("reason", "Besoin couvert"));
        draft = (String) post("/api/opportunities", cityToken, opportunity("Brouillon de traiteur", "Catering draft", "90101501", "06",
                LocalDateTime.of(2099, 3, 1, 12, 0))).get("id");
        cancelledDraft = (String) post("/api/opportunities", cityToken, opportunity("Traiteur annulé avant publication",
                "Catering cancelled unpublished", "90101501", "06", LocalDateTime.of(2099, 3, 1, 12, 0))).get("id");
        post("/api/opportunities/" + cancelledDraft + "/cancel", cityToken, Map.of("reason", "Erreur"));
    }

    @Test
    void everythingPublishedOpenFirstByNearestDeadlineThenTheOthersNewestFirst() {
        List<Map<String, Object>> all = items(Map.of("limit", "100"));
        assertThat(ids(all)).containsExactly(cleaning, catering, snow, moving, printing);
        assertThat(all).extracting(o -> o.get("status")).containsExactly("PUBLISHED", "PUBLISHED", "PUBLISHED", "CANCELLED", "CLOSED");
        Map<String, Object> shown = all.get(1);
        assertThat(shown).containsEntry("valueWithheld", true).containsEntry("titleFr", "Service de traiteur pour la cafétéria");
        assertThat(shown.get("estimatedValue")).isNull();
        String raw = http.toBlocking().retrieve(HttpRequest.GET("/api/opportunities?limit=100"), String.class);
        assertThat(raw).doesNotContain(draft).doesNotContain(cancelledDraft).doesNotContain("75000");
    }

    @Test
    void wordsInFrenchOrEnglishWithAccentsAndCaseIgnoredAndStemmed() {
        assertThat(ids(items(Map.of("q", "economie")))).containsExactly(cleaning);
        assertThat(ids(items(Map.of("q", "Économie SOCIALE")))).containsExactly(cleaning);
        assertThat(ids(items(Map.of("q", "traiteurs")))).containsExactly(catering);
        assertThat(ids(items(Map.of("q", "cafeteria")))).containsExactly(catering);
        assertThat(ids(items(Map.of("q", "clean")))).containsExactly(cleaning);
        assertThat(ids(items(Map.of("q", "parking lot")))).containsExactly(snow);
        assertThat(ids(items(Map.of("q", "demenagement")))).containsExactly(moving);
        assertThat(items(Map.of("q", "brouillon"))).isEmpty();
    }

    @Test
    void eachFilterAndTheirCombination() {
        assertThat(ids(items(Map.of("category", "90000000")))).containsExactly(catering);
        assertThat(ids(items(Map.of("category", "90100000")))).containsExactly(catering);
        assertThat(ids(items(Map.of("category", "90101501")))).containsExactly(catering);
        assertThat(items(Map.of("category", "90200000"))).isEmpty();
        assertThat(ids(items(Map.of("region", "06")))).containsExactly(catering, snow, printing);
        assertThat(ids(items(Map.of("status", "PUBLISHED")))).containsExactly(cleaning, catering, snow);
        assertThat(ids(items(Map.of("status", "CLOSED")))).containsExactly(printing);
        assertThat(ids(items(Map.of("status", "CANCELLED")))).containsExactly(moving);
        assertThat(items(Map.of("status", "AWARDED"))).isEmpty();
        assertThat(ids(items(Map.of("buyer", college.toString())))).containsExactly(snow);
        assertThat(ids(items(Map.of("closingWithin", "7")))).containsExactly(cleaning);
        assertThat(ids(items(Map.of("closingWithin", "7", "status", "PUBLISHED")))).containsExactly(cleaning);
        assertThat(items(Map.of("closingWithin", "2"))).isEmpty();
        assertThat(ids(items(Map.of("q", "traiteur", "category", "90100000", "region", "06")))).containsExactly(catering);
        assertThat(items(Map.of("q", "traiteur", "category", "90100000", "region", "03"))).isEmpty();
        // "services" and "Service de traiteur" share their French stem
        assertThat(ids(items(Map.of("q", "services", "buyer", city.toString(), "status", "PUBLISHED")))).containsExactly(cleaning, catering);
        assertThat(items(Map.of("q", "services", "buyer", college.toString()))).isEmpty();
    }

    @Test
    void pagingThroughEveryPageWhileOthersPublishNeitherRepeatsNorSkips() {
        String token = buyer(pager);
        List<String> before = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            before.add(publish(token, opportunity("Lot " + i, "Lot " + i, "90101501", "06", LocalDateTime.of(2099, 1, 1 + i, 12, 0))));
        }
        String pagerId = pager.toString();
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Map<String, String> params = new HashMap<>(Map.of("buyer", pagerId, "limit", "4"));
            if (cursor != null) {
                params.put("cursor", cursor);
            }
            Map<String, Object> page = page(params);
            seen.addAll(ids(list(page.get("items"))));
            cursor = (String) page.get("next");
            // one before every position and one after: neither may disturb the pages still to come
            publish(token, opportunity("Nouveau " + pages, "New " + pages, "90101501", "06", LocalDateTime.of(2098, 6, 1 + pages, 12, 0)));
            publish(token, opportunity("Tardif " + pages, "Late " + pages, "90101501", "06", LocalDateTime.of(2099, 12, 1 + pages, 12, 0)));
            pages++;
        } while (cursor != null && pages < 20);
        assertThat(cursor).isNull();
        assertThat(new HashSet<>(seen)).hasSameSizeAs(seen);
        assertThat(seen).containsSubsequence(before);
        assertThat(seen).filteredOn(before::contains).containsExactlyElementsOf(before);
        // those published after the first page with a later deadline than the position reached are still listed
        assertThat(seen.size()).isGreaterThan(before.size());

        // with words, pages come from a bounded walk in list order or from the words' index: the same positions either way
        List<String> lots = new ArrayList<>();
        cursor = null;
        do {
            Map<String, String> params = new HashMap<>(Map.of("q", "lot", "buyer", pagerId, "limit", "4"));
            if (cursor != null) {
                params.put("cursor", cursor);
            }
            Map<String, Object> page = page(params);
            lots.addAll(ids(list(page.get("items"))));
            cursor = (String) page.get("next");
        } while (cursor != null && lots.size() < 100);
        assertThat(lots).containsExactlyElementsOf(before);
    }

    @Test
    void badParametersAreProblemsNamingThem() {
        assertProblem(400, "closingWithin", () -> page(Map.of("closingWithin", "abc")));
        assertProblem(400, "closingWithin", () -> page(Map.of("closingWithin", "0")));
        assertProblem(400, "closingWithin", () -> page(Map.of("closingWithin", "7", "status", "CLOSED")));
        assertProblem(400, "limit", () -> page(Map.of("limit", "0")));
        assertProblem(400, "limit", () -> page(Map.of("limit", "101")));
        assertProblem(400, "cursor", () -> page(Map.of("cursor", "garbage")));
        assertProblem(400, "region", () -> page(Map.of("region", "99")));
        assertProblem(400, "category", () -> page(Map.of("category", "9010")));
        assertProblem(400, "status", () -> page(Map.of("status", "DRAFT")));
        assertProblem(400, "buyer", () -> page(Map.of("buyer", "la-ville")));
    }

    private Map<String, Object> page(Map<String, String> params) {
        UriBuilder uri = UriBuilder.of("/api/opportunities");
        params.forEach(uri::queryParam);
        return http.toBlocking().retrieve(HttpRequest.GET(uri.build()), JSON);
    }

    /** One page's items, less the paging test's own (another buyer), which may or may not be there yet. */
    private List<Map<String, Object>> items(Map<String, String> params) {
        Map<String, Object> page = page(params);
        assertThat(page).containsKey("next");
        return list(page.get("items")).stream().filter(o -> !pager.toString().equals(o.get("buyerId"))).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object items) {
        return (List<Map<String, Object>>) items;
    }

    private static List<String> ids(List<Map<String, Object>> items) {
        return items.stream().map(o -> (String) o.get("id")).toList();
    }

    private String publish(String token, Map<String, Object> form) {
        String id = (String) post("/api/opportunities", token, form).get("id");
        post("/api/opportunities/" + id + "/publish", token, "");
        return id;
    }

    private String buyer(UUID organization) {
        return tokens.token("BUYER", organization, List.of());
    }

    private static Map<String, Object> opportunity(String titleFr, String titleEn, String category, String region, LocalDateTime deadline) {
        Map<String, Object> f = new HashMap<>(Map.of("titleEn", titleEn, "categories", List.of(category), "regions", List.of(region),
                "method", "INVITATION", "deadline", deadline.withNano(0).toString()));
        if (titleFr != null) {
            f.put("titleFr", titleFr);
        }
        return f;
    }
}
