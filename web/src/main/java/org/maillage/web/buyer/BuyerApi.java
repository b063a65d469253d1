package org.maillage.web.buyer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import org.maillage.contracts.api.http.ContractView;
import org.maillage.web.api.Api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What a buyer's pages read and send, with the signed-in person's token: the API's shapes, kept to what the pages use. */
@Singleton
public class BuyerApi {

    private final Api api;

    public BuyerApi(Api api) {
        this.api = api;
    }

    public List<Opportunity> mine(String token) {
        return api.list("/api/opportunities/mine", Opportunity.class, token);
    }

    public Opportunity opportunity(UUID id, String token) {
        return api.exchange(HttpRequest.GET("/api/opportunities/" + id), Argument.of(Opportunity.class), token);
    }

    public Opportunity draft(Map<String, Object> body, String token) {
        return api.exchange(HttpRequest.POST("/api/opportunities", body), Argument.of(Opportunity.class), token);
    }

    public Opportunity revise(UUID id, Map<String, Object> body, String token) {
        return api.exchange(HttpRequest.PUT("/api/opportunities/" + id, body), Argument.of(Opportunity.class), token);
    }

    /** POST to an action of the API; the answer's body, if any, is not needed by the pages. */
    public void act(String path, Object body, String token) {
        api.exchange(HttpRequest.POST(path, body), null, token);
    }

    public Matches matches(UUID id, String token) {
        return api.exchange(HttpRequest.GET("/api/opportunities/" + id + "/matches"), Argument.of(Matches.class), token);
    }

    /** How far the opportunity's alerts reached by email (notification-service); the buying organization's people only. */
    public AlertReach alertReach(UUID id, String token) {
        return api.exchange(HttpRequest.GET("/api/notifications/opportunities/" + id + "/alerts"), Argument.of(AlertReach.class), token);
    }

    public List<Question> questions(UUID id) {
        return api.list("/api/opportunities/" + id + "/questions", Question.class);
    }

    public Responses responses(UUID id, String token) {
        return api.exchange(HttpRequest.GET("/api/opportunities/" + id + "/responses"), Argument.of(Responses.class), token);
    }

    // the contracts as contracts-api declares them; the contract pages call contracts/ContractsClient
    public List<ContractView> contracts(String token) {
        return api.list("/api/contracts/mine", ContractView.class, token);
    }

    public List<ContractView> declared(String token) {
        return api.list("/api/contracts/declared", ContractView.class, token);
    }

    public Institution institution(UUID id) {
        return api.get("/api/institutions/" + id, Institution.class);
    }

    public Dashboard dashboard(UUID pilot) {
        return api.get("/api/reports/pilots/" + pilot + "/dashboard", Dashboard.class);
    }

    public Members members(UUID pilot) {
        return api.get("/api/pilots/" + pilot + "/members?limit=100", Members.class);
    }

    @Serdeable
    public record Opportunity(UUID id, UUID buyerId, String buyerKind, @Nullable UUID decisionUnitId, @Nullable String titleFr,
                              @Nullable String titleEn, @Nullable String descriptionFr, @Nullable String descriptionEn,
                              List<String> categories, List<String> regions, String method, @Nullable String noticeUrl,
                              @Nullable BigDecimal estimatedValue, boolean valueWithheld, Instant deadline,
                              @Nullable LocalDate contractStarts, @Nullable LocalDate contractEnds, @Nullable List<String> socialClauses,
                              @Nullable List<String> documents, String status, @Nullable String cancelReason,
                              @Nullable List<Amendment> amendments, @Nullable Instant publishedAt,
                              @Nullable String contactName, @Nullable String contactEmail, @Nullable Instant questionDeadline) {
    }

    @Serdeable
    public record Amendment(Instant amendedAt, String summary, @Nullable Instant previousDeadline, @Nullable Instant newDeadline) {
    }

    @Serdeable
    public record Question(UUID id, String question, Instant askedAt, @Nullable String answer, @Nullable Instant answeredAt) {
    }

    @Serdeable
    public record Matches(int fittingNow, List<Match> enterprises) {
    }

    @Serdeable
    public record Match(UUID enterpriseId, Instant notifiedAt, @Nullable Instant viewedAt, @Nullable Boolean interested,
                        @Nullable String reason, @Nullable String reasonText, @Nullable Instant answeredAt) {
    }

    /** Enterprises matched, told by email, and still to be told in their daily digest. */
    @Serdeable
    public record AlertReach(int matched, int emailed, int waitingForDigest) {
    }

    @Serdeable
    public record Responses(int count, boolean sealed, List<Response> responses) {
    }

    @Serdeable
    public record Response(UUID id, UUID enterpriseId, BigDecimal priceCad, String proposal, @Nullable List<String> documents,
                           @Nullable List<UUID> partners, @Nullable List<UUID> confirmedPartners, String status, Instant submittedAt) {
    }



    @Serdeable
    public record Institution(UUID id, String legalName, List<String> regions, List<Unit> decisionUnits) {
    }

    @Serdeable
    public record Unit(UUID id, String name, @Nullable BigDecimal thresholdCad) {
    }

    @Serdeable
    public record Dashboard(List<InstitutionRow> byInstitution) {
    }

    @Serdeable
    public record InstitutionRow(UUID institutionId, long contracts, BigDecimal valueCad, @Nullable Integer commitmentContracts,
                                 @Nullable BigDecimal commitmentValueCad, @Nullable Double progress) {
    }

    @Serdeable
    public record Members(List<Member> items) {
    }

    @Serdeable
    public record Member(UUID organizationId, String name, String kind) {
    }
}
