package org.maillage.notification;

import org.maillage.contracts.api.ContractsTopics;
import org.maillage.contracts.api.OpportunityEventTypes;
import org.maillage.directory.api.AccountEventTypes;
import org.maillage.directory.api.DirectoryTopics;
import org.maillage.directory.api.OrganizationEventTypes;
import org.maillage.testkit.ServiceUnderTest;
import org.maillage.testkit.TestEvents;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** Publishes the directory's and contracts' events on the real broker, as those services would. */
record Platform(ServiceUnderTest service) {

    static final String DEADLINE = "2027-02-15T17:00:00Z"; // 12:00 in Montréal (EST)

    String send(String topic, String key, String type, String json) {
        return TestEvents.send(service.kafkaBootstrapServers(), service.topicPrefix() + topic, key, type, json);
    }

    void resend(String topic, String key, String id, String type, String json) {
        TestEvents.send(service.kafkaBootstrapServers(), service.topicPrefix() + topic, key, id, type, json);
    }

    UUID enterprise(List<String> categories, List<String> regions) {
        return enterprise(categories, regions, List.of());
    }

    UUID enterprise(List<String> categories, List<String> regions, List<UUID> pilots) {
        UUID id = UUID.randomUUID();
        send(DirectoryTopics.ORGANIZATIONS, id.toString(), OrganizationEventTypes.REGISTERED_V1, """
                {"organizationId":"%s","kind":"ENTERPRISE","name":"Coop %s","status":"ACTIVE","categories":%s,
                 "regions":%s,"pilots":%s,"occurredAt":"2026-02-01T12:00:00Z"}""".formatted(id, id, json(categories), json(regions),
                json(pilots.stream().map(UUID::toString).toList())));
        return id;
    }

    void account(UUID account, UUID organization, String email, String language) {
        account(account, organization, "SUPPLIER", email, language);
    }

    void account(UUID account, UUID organization, String role, String email, String language) {
        send(DirectoryTopics.ACCOUNTS, account.toString(), AccountEventTypes.OPENED_V1, """
                {"accountId":"%s","organizationId":"%s","role":"%s","email":"%s","language":"%s",
                 "occurredAt":"2026-02-01T12:00:00Z"}""".formatted(account, organization, role, email, language));
    }

    void coordinator(UUID account, List<UUID> pilots, String email, String language) {
        send(DirectoryTopics.ACCOUNTS, account.toString(), AccountEventTypes.OPENED_V1, """
                {"accountId":"%s","organizationId":null,"role":"COORDINATOR","email":"%s","language":"%s","pilots":%s,
                 "occurredAt":"2026-02-01T12:00:00Z"}""".formatted(account, email, language, json(pilots.stream().map(UUID::toString).toList())));
    }

    /** An organization of the given kind and status in the given pilots, named as given. */
    UUID organization(String kind, String name, String status, List<UUID> pilots) {
        UUID id = UUID.randomUUID();
        send(DirectoryTopics.ORGANIZATIONS, id.toString(), OrganizationEventTypes.REGISTERED_V1, """
                {"organizationId":"%s","kind":"%s","name":"%s","status":"%s","categories":["traiteur"],
                 "regions":["06"],"pilots":%s,"occurredAt":"2026-02-01T12:00:00Z"}""".formatted(id, kind, name, status,
                json(pilots.stream().map(UUID::toString).toList())));
        return id;
    }

    UUID institution() {
        UUID id = UUID.randomUUID();
        send(DirectoryTopics.ORGANIZATIONS, id.toString(), OrganizationEventTypes.REGISTERED_V1, """
                {"organizationId":"%s","kind":"INSTITUTION","name":"Ville %s","status":"ACTIVE","categories":[],
                 "regions":["06"],"pilots":[],"occurredAt":"2026-02-01T12:00:00Z"}""".formatted(id, id));
        return id;
    }

    /** A contract as contracts-service announces it when one party records it: confirmed only on the buyer's own word. */
    String contract(UUID contract, UUID buyer, List<UUID> suppliers, UUID recordedBy, boolean confirmed) {
        return contract(org.maillage.contracts.api.ContractEventTypes.RECORDED_V1, contract, buyer, suppliers, recordedBy, confirmed);
    }

    String contract(String type, UUID contract, UUID buyer, List<UUID> suppliers, UUID recordedBy, boolean confirmed) {
        return send(ContractsTopics.CONTRACTS, contract.toString(), type, """
                {"contractId":"%s","opportunityId":null,"buyerId":"%s","decisionUnitId":null,"supplierIds":%s,"title":"Traiteur du gala",
                 "categories":["traiteur"],"valueCad":12345.00,"startsOn":"2026-03-01","endsOn":null,"status":"PENDING","origin":"DIRECT",
                 "confirmed":%s,"finalValueCad":null,"confirmedBy":%s,"recordedBy":"%s","occurredAt":"%s"}"""
                .formatted(contract, buyer, json(suppliers.stream().map(UUID::toString).toList()), confirmed,
                        confirmed ? "\"" + recordedBy + "\"" : "null", recordedBy, java.time.Instant.now()));
    }

    /** Publishes the opportunity and the enterprises it matched, as contracts-service does; answers the matched event's id. */
    String publish(UUID opportunity, String titleFr, String titleEn, List<UUID> matched) {
        state(opportunity, OpportunityEventTypes.PUBLISHED_V1, titleFr, titleEn, "PUBLISHED", null);
        return send(ContractsTopics.OPPORTUNITIES, opportunity.toString(), OpportunityEventTypes.MATCHED_V1, matchedJson(opportunity, matched));
    }

    static String matchedJson(UUID opportunity, List<UUID> matched) {
        return """
                {"opportunityId":"%s","enterpriseIds":%s,"occurredAt":"2026-02-02T12:00:00Z"}"""
                .formatted(opportunity, json(matched.stream().map(UUID::toString).toList()));
    }

    String state(UUID opportunity, String type, String titleFr, String titleEn, String status, String reason) {
        return state(opportunity, type, titleFr, titleEn, status, reason, DEADLINE);
    }

    String state(UUID opportunity, String type, String titleFr, String titleEn, String status, String reason, String deadline) {
        return state(opportunity, UUID.randomUUID(), type, titleFr, titleEn, status, reason, deadline);
    }

    String state(UUID opportunity, UUID buyer, String type, String titleFr, String titleEn, String status, String reason, String deadline) {
        return send(ContractsTopics.OPPORTUNITIES, opportunity.toString(), type, """
                {"opportunityId":"%s","buyerId":"%s","buyerKind":"INSTITUTION","titleFr":"%s","titleEn":"%s","method":"OPEN",
                 "categories":["traiteur"],"regions":["06"],"socialClauses":[],"deadline":"%s","status":"%s",
                 "cancelReason":%s,"matchedEnterprises":1,"occurredAt":"%s"}""".formatted(opportunity, buyer, titleFr, titleEn,
                deadline, status, reason == null ? "null" : "\"" + reason + "\"", java.time.Instant.now()));
    }

    /**
     * A published opportunity as contracts-service announces it: its state with the buyer, categories and value (null when
     * withheld), the question deadline when there is one, then the enterprises it matched. Answers the matched event's id.
     */
    String publish(UUID opportunity, UUID buyer, String titleFr, String titleEn, List<String> categories, String value,
                   String questionDeadline, List<UUID> matched) {
        send(ContractsTopics.OPPORTUNITIES, opportunity.toString(), OpportunityEventTypes.PUBLISHED_V1, """
                {"opportunityId":"%s","buyerId":"%s","buyerKind":"INSTITUTION","titleFr":"%s","titleEn":"%s","method":"OPEN",
                 "categories":%s,"regions":["06"],"socialClauses":[],"estimatedValue":%s,"deadline":"%s","status":"PUBLISHED",
                 "cancelReason":null,"matchedEnterprises":%d,"occurredAt":"%s"}""".formatted(opportunity, buyer, titleFr, titleEn,
                json(categories), value, DEADLINE, matched.size(), java.time.Instant.now()));
        if (questionDeadline != null) {
            send(ContractsTopics.OPPORTUNITIES, opportunity.toString(), OpportunityEventTypes.QUESTION_DEADLINE_V1, """
                    {"opportunityId":"%s","questionDeadline":"%s","occurredAt":"%s"}""".formatted(opportunity, questionDeadline,
                    java.time.Instant.now()));
        }
        return send(ContractsTopics.OPPORTUNITIES, opportunity.toString(), OpportunityEventTypes.MATCHED_V1, matchedJson(opportunity, matched));
    }

    /** The buyer's decision as contracts-service announces it: each bidder's outcome ("enterprise:RESULT:reason"). */
    String outcome(UUID opportunity, String decision, String reason, List<String> bidders) {
        String list = bidders.stream().map(b -> b.split(":", 3)).map(b -> """
                {"enterpriseId":"%s","result":"%s","reason":%s}""".formatted(b[0], b[1], b.length > 2 ? "\"" + b[2] + "\"" : "null"))
                .collect(Collectors.joining(",", "[", "]"));
        return send(ContractsTopics.OPPORTUNITIES, opportunity.toString(), OpportunityEventTypes.OUTCOME_V1, """
                {"opportunityId":"%s","decision":"%s","reason":%s,"bidders":%s,"occurredAt":"%s"}""".formatted(opportunity, decision,
                reason == null ? "null" : "\"" + reason + "\"", list, java.time.Instant.now()));
    }

    /** An enterprise asks, as contracts-service announces it since v2: with the buyer and the notice's contact address. */
    String asked(UUID opportunity, UUID question, UUID askedBy, String text, UUID buyer, String contactEmail) {
        return send(ContractsTopics.OPPORTUNITIES, opportunity.toString(), OpportunityEventTypes.QUESTION_ASKED_V2, """
                {"opportunityId":"%s","questionId":"%s","askedBy":"%s","question":"%s","buyerId":"%s","contactName":%s,
                 "contactEmail":%s,"occurredAt":"%s"}""".formatted(opportunity, question, askedBy, text, buyer,
                contactEmail == null ? "null" : "\"Personne-ressource\"", contactEmail == null ? "null" : "\"" + contactEmail + "\"",
                java.time.Instant.now()));
    }

    void interest(UUID opportunity, UUID enterprise) {
        send(ContractsTopics.OPPORTUNITIES, opportunity.toString(), OpportunityEventTypes.INTEREST_V1, """
                {"opportunityId":"%s","enterpriseId":"%s","interested":true,"reason":null,"occurredAt":"2026-02-03T12:00:00Z"}"""
                .formatted(opportunity, enterprise));
    }

    void response(UUID opportunity, UUID enterprise) {
        send(ContractsTopics.OPPORTUNITIES, opportunity.toString(), OpportunityEventTypes.RESPONSE_V1, """
                {"opportunityId":"%s","enterpriseId":"%s","status":"SUBMITTED","occurredAt":"2026-02-04T12:00:00Z"}"""
                .formatted(opportunity, enterprise));
    }

    /** An enterprise asks (answer null) or the buyer answers, as contracts-service announces it. */
    String question(UUID opportunity, UUID question, UUID askedBy, String text, String answer) {
        return send(ContractsTopics.OPPORTUNITIES, opportunity.toString(),
                answer == null ? OpportunityEventTypes.QUESTION_ASKED_V1 : OpportunityEventTypes.QUESTION_ANSWERED_V1, """
                {"opportunityId":"%s","questionId":"%s","askedBy":"%s","question":"%s","answer":%s,"occurredAt":"%s"}"""
                .formatted(opportunity, question, askedBy, text, answer == null ? "null" : "\"" + answer + "\"", java.time.Instant.now()));
    }

    static String json(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(",", "[", "]"));
    }
}
