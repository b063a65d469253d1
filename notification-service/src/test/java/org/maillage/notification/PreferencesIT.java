package org.maillage.notification;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.maillage.notification.delivery.Kind;
import org.maillage.notification.unsubscribe.UnsubscribeTokens;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Issue 30, item 15: saving preferences changes what the request names and nothing else, so a form that does not show a
 * choice (a kind turned off by an unsubscribe link, the consent) cannot undo it; and each role sees the kinds it can receive.
 */
@MicronautTest(transactional = false)
class PreferencesIT extends MailServiceIT {

    @Inject
    UnsubscribeTokens unsubscribe;

    PreferencesIT() {
        super("preferences");
    }

    @Test
    void savingOnePreferenceLeavesTheOthersAsTheyWereIncludingAKindTurnedOffByAnUnsubscribeLink() {
        UUID coop = platform.enterprise(List.of("90100000"), List.of("06"));
        Person p = person(coop, "SUPPLIER", "fr");
        put(p, """
                {"categories":["90100000"],"regions":["06"],"delivery":"DIGEST","digestHour":9,"language":"en","alertsConsent":true}""");
        String link = unsubscribe.link(p.account(), Kind.ANSWERED);
        http.toBlocking().exchange(HttpRequest.POST(link.substring(BASE.length()), "List-Unsubscribe=One-Click")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED));
        assertThat(kinds(preferences(p))).containsEntry("ANSWERED", false);

        // what the alerts page sent before issue 30: every field it showed, and four kinds; the one it did not show stays off
        Map<String, Object> after = put(p, """
                {"categories":["90100000"],"regions":["06"],"delivery":"DIGEST","digestHour":9,"language":"en","alertsConsent":true,
                 "kinds":{"MATCHED":true,"AMENDED":true,"CANCELLED":true,"OUTCOME":true}}""");
        assertThat(kinds(after)).containsEntry("ANSWERED", false).containsEntry("MATCHED", true);

        // one preference saved: the hour
        after = put(p, "{\"digestHour\":6}");
        assertThat(after).containsEntry("digestHour", 6).containsEntry("delivery", "DIGEST").containsEntry("language", "en")
                .containsEntry("alertsConsent", true).containsEntry("categories", List.of("90100000")).containsEntry("regions", List.of("06"));
        assertThat(kinds(after)).containsEntry("ANSWERED", false).containsEntry("MATCHED", true).containsEntry("REMINDER", true);

        // one kind saved: the others, the one unsubscribed from included, stay as they were
        after = put(p, "{\"kinds\":{\"REMINDER\":false}}");
        assertThat(kinds(after)).containsEntry("REMINDER", false).containsEntry("ANSWERED", false).containsEntry("OUTCOME", true)
                .containsEntry("AMENDED", true);
        assertThat(after).containsEntry("alertsConsent", true);
        assertThat(preferences(p)).isEqualTo(after);

        // the consent changes only when it is sent; a kind only when it is named
        after = put(p, "{\"alertsConsent\":false,\"kinds\":{\"ANSWERED\":true}}");
        assertThat(after).containsEntry("alertsConsent", false);
        assertThat(kinds(after)).containsEntry("ANSWERED", true).containsEntry("REMINDER", false);
        assertThat(put(p, "{\"delivery\":\"IMMEDIATE\"}")).containsEntry("alertsConsent", false);
    }

    @Test
    void nullSentForCategoriesRegionsOrLanguageReturnsToTheDefaultWhileAbsentLeavesThem() {
        Person p = person(platform.enterprise(List.of("90100000"), List.of("06")), "SUPPLIER", "fr");
        put(p, "{\"categories\":[\"90100000\"],\"regions\":[\"06\"],\"language\":\"en\"}");
        assertThat(put(p, "{\"delivery\":\"DIGEST\"}")).containsEntry("categories", List.of("90100000")).containsEntry("language", "en");
        Map<String, Object> reset = put(p, "{\"categories\":null,\"language\":null}");
        assertThat(reset.get("categories")).isNull();
        assertThat(reset.get("language")).isNull();
        assertThat(reset).containsEntry("regions", List.of("06")).containsEntry("delivery", "DIGEST");
    }

    @Test
    void eachRoleSeesTheKindsItCanReceive() {
        Person seller = person(platform.enterprise(List.of("90100000"), List.of("06")), "SUPPLIER", "fr");
        Person buyer = person(platform.institution(), "BUYER", "fr");
        assertThat(kinds(preferences(seller))).containsOnlyKeys("MATCHED", "AMENDED", "CANCELLED", "OUTCOME", "ANSWERED", "REMINDER",
                "DECLARED");
        assertThat(kinds(preferences(buyer))).containsOnlyKeys("QUESTION_ASKED", "DECLARED");
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        Person p = person(platform.enterprise(List.of("90100000"), List.of("06")), "SUPPLIER", "fr");
        assertProblem(p, "{\"kinds\":{\"NOPE\":false}}", "kinds");
        assertProblem(p, "{\"digestHour\":\"midi\"}", "digestHour");
        assertProblem(p, "{\"digestHour\":24,\"delivery\":\"HOURLY\"}", "delivery");
        assertProblem(p, "[]", "body");
        assertProblem(p, "{\"regions\":[\"6\\u0000\"]}", "regions");
        // nothing was saved by a refused request
        assertThat(preferences(p)).containsEntry("digestHour", 7).containsEntry("delivery", "IMMEDIATE");
    }

    private void assertProblem(Person p, String body, String field) {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> put(p, body));
        assertThat(e.getStatus().getCode()).as(body).isEqualTo(400);
        assertThat(e.getResponse().getContentType().orElseThrow().toString()).isEqualTo("application/problem+json");
        assertThat(e.getResponse().getBody(String.class).orElseThrow()).as(body).contains("\"field\":\"" + field);
    }
}
