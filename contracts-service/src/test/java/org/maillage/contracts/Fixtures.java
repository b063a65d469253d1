package org.maillage.contracts;

import io.micronaut.http.client.exceptions.HttpClientResponseException;
import org.junit.jupiter.api.function.Executable;
import org.maillage.directory.api.DirectoryTopics;
import org.maillage.directory.api.OrganizationEventTypes;
import org.maillage.directory.api.PersonEventTypes;
import org.maillage.testkit.ServiceUnderTest;
import org.maillage.testkit.TestEvents;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What contracts-service tests share: organizations announced on the real topic, and problem assertions. */
public final class Fixtures {

    private Fixtures() {
    }

    /** Announces an organization as directory-service would, on the real topic. */
    public static void register(ServiceUnderTest service, UUID id, String kind, String status, String category, String region,
                                List<UUID> pilots) {
        register(service, id, kind, status, category, region, pilots, List.of());
    }

    /** An institution with its decision units. */
    public static void register(ServiceUnderTest service, UUID id, String kind, String status, String category, String region,
                                List<UUID> pilots, List<UUID> units) {
        String pilotList = pilots.stream().map(p -> "\"" + p + "\"").collect(Collectors.joining(","));
        String unitList = units.stream().map(u -> "{\"id\":\"" + u + "\",\"name\":\"Unité " + u + "\",\"categories\":[]}")
                .collect(Collectors.joining(","));
        TestEvents.send(service.kafkaBootstrapServers(), service.topicPrefix() + DirectoryTopics.ORGANIZATIONS, id.toString(),
                OrganizationEventTypes.REGISTERED_V1, """
                        {"organizationId":"%s","kind":"%s","name":"Organisation %s","otherNames":[],"status":"%s",
                         "legalForm":null,"institutionType":null,"categories":["%s"],"regions":["%s"],"pilots":[%s],
                         "decisionUnits":[%s],"occurredAt":"2026-01-01T00:00:00Z"}""".formatted(id, kind, id, status, category, region,
                        pilotList, unitList));
    }

    /** contracts-service learns organizations from directory.organizations: wait until it knows these. */
    public static void awaitKnown(ServiceUnderTest service, UUID... ids) {
        String list = Arrays.stream(ids).map(id -> "'" + id + "'").collect(Collectors.joining(", "));
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            try (var c = service.database().connect(); var rs = c.createStatement().executeQuery(
                    "select count(*) from known_organization where id in (" + list + ")")) {
                rs.next();
                return rs.getInt(1) == ids.length;
            }
        });
    }

    /** Announces a person of an organization as directory-service would, on the real topic. */
    public static void addPerson(ServiceUnderTest service, UUID person, UUID organization) {
        TestEvents.send(service.kafkaBootstrapServers(), service.topicPrefix() + DirectoryTopics.PEOPLE, person.toString(),
                PersonEventTypes.ADDED_V1, """
                        {"personId":"%s","organizationId":"%s","occurredAt":"2026-01-01T00:00:00Z"}""".formatted(person, organization));
    }

    /** Announces that a person left its organization at {@code at}, as directory-service would; waits until it is known. */
    public static void removePerson(ServiceUnderTest service, UUID person, UUID organization, String at) {
        TestEvents.send(service.kafkaBootstrapServers(), service.topicPrefix() + DirectoryTopics.PEOPLE, person.toString(),
                PersonEventTypes.REMOVED_V1, """
                        {"personId":"%s","organizationId":"%s","occurredAt":"%s"}""".formatted(person, organization, at));
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            try (var c = service.database().connect(); var rs = c.createStatement().executeQuery(
                    "select count(*) from known_person where removed_at is not null and id = '" + person + "'")) {
                rs.next();
                return rs.getInt(1) == 1;
            }
        });
    }

    /** contracts-service learns people from directory.people: wait until it knows these. */
    public static void awaitKnownPeople(ServiceUnderTest service, UUID... ids) {
        String list = Arrays.stream(ids).map(id -> "'" + id + "'").collect(Collectors.joining(", "));
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            try (var c = service.database().connect(); var rs = c.createStatement().executeQuery(
                    "select count(*) from known_person where id in (" + list + ")")) {
                rs.next();
                return rs.getInt(1) == ids.length;
            }
        });
    }

    public static void assertProblem(int status, String field, Executable call) {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, call);
        assertThat(e.getStatus().getCode()).isEqualTo(status);
        assertThat(e.getResponse().getBody(String.class).orElseThrow()).contains("\"field\":\"" + field + "\"");
    }

    public static void assertStatus(int status, Executable call) {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, call);
        assertThat(e.getStatus().getCode()).isEqualTo(status);
    }
}
