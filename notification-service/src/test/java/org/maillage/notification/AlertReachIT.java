package org.maillage.notification;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.maillage.notification.digest.Digests;
import org.maillage.notification.message.Texts;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Issue 30, item 11: the buyer learns how many enterprises its call matched and how many were told by email (or will be,
 * in their digest), enterprises counted once; no one else reads it.
 */
@MicronautTest(transactional = false)
class AlertReachIT extends MailServiceIT {

    @Inject
    Digests digests;

    AlertReachIT() {
        super("alert-reach");
    }

    @Test
    void theBuyerReadsHowManyMatchedHowManyWereEmailedAndHowManyWaitForTheirDigest() {
        UUID city = platform.institution();
        UUID now = platform.enterprise(List.of("90100000"), List.of("06"));
        UUID later = platform.enterprise(List.of("90100000"), List.of("06"));
        UUID silent = platform.enterprise(List.of("90100000"), List.of("06"));
        UUID elsewhere = platform.enterprise(List.of("90100000"), List.of("06"));
        Person first = person(now, "SUPPLIER", "fr");
        Person second = person(now, "SUPPLIER", "en");
        put(first, "{\"alertsConsent\":true}");
        put(second, "{\"alertsConsent\":true}");
        put(person(later, "SUPPLIER", "fr"), "{\"alertsConsent\":true,\"delivery\":\"DIGEST\",\"digestHour\":0}");
        person(silent, "SUPPLIER", "fr");
        put(person(elsewhere, "SUPPLIER", "fr"), "{\"alertsConsent\":true,\"categories\":[\"82140000\"]}");
        Person buyer = person(city, "BUYER", "fr");
        UUID opportunity = UUID.randomUUID();

        awaitApplied(platform.publish(opportunity, city, "Traiteur", "Catering", List.of("90100000"), "null", null,
                List.of(now, later, silent, elsewhere)));
        // two people of one enterprise: it counts once
        assertThat(reach(buyer, opportunity)).isEqualTo(Map.of("matched", 4, "emailed", 1, "waitingForDigest", 1));

        digests.runDue(LocalDate.now(Texts.MONTREAL).atStartOfDay(Texts.MONTREAL).plusHours(1).toInstant());
        await().atMost(Duration.ofSeconds(30)).until(() -> reach(buyer, opportunity).get("emailed").equals(2));
        assertThat(reach(buyer, opportunity)).isEqualTo(Map.of("matched", 4, "emailed", 2, "waitingForDigest", 0));
    }

    @Test
    void onlyTheBuyersPeopleReadItAndAnyoneElseIsToldItDoesNotExist() {
        UUID city = platform.institution();
        UUID coop = platform.enterprise(List.of("90100000"), List.of("06"));
        UUID opportunity = UUID.randomUUID();
        awaitApplied(platform.publish(opportunity, city, "Traiteur", "Catering", List.of("90100000"), "null", null, List.of(coop)));

        assertThat(reach(person(city, "BUYER", "fr"), opportunity)).containsEntry("matched", 1);
        assertStatus(404, person(platform.institution(), "BUYER", "fr").token(), opportunity);
        assertStatus(404, person(coop, "SUPPLIER", "fr").token(), opportunity);
        assertStatus(404, tokens.token("COORDINATOR", null, List.of()), opportunity);
        assertStatus(404, person(city, "BUYER", "fr").token(), UUID.randomUUID());
        assertStatus(401, null, opportunity);
    }

    private Map<String, Object> reach(Person p, UUID opportunity) {
        return http.toBlocking().retrieve(HttpRequest.GET("/api/notifications/opportunities/" + opportunity + "/alerts").bearerAuth(p.token()),
                JSON);
    }

    private void assertStatus(int status, String token, UUID opportunity) {
        var request = HttpRequest.GET("/api/notifications/opportunities/" + opportunity + "/alerts");
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().retrieve(token == null ? request : request.bearerAuth(token), JSON));
        assertThat(e.getStatus().getCode()).isEqualTo(status);
    }
}
