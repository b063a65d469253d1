package org.maillage.web.supplier;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import org.maillage.web.api.Api;
import org.maillage.web.api.ApiException;
import org.maillage.web.api.Reference;
import org.maillage.web.session.Session;
import org.maillage.web.session.Sessions;
import org.maillage.web.session.SignInRequired;
import org.maillage.web.site.Page;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the supplier's pages read from the API, always with the signed-in person's token. */
@Singleton
class SupplierReads {

    private static final Pattern ORGANIZATION = Pattern.compile("\"org\"\\s*:\\s*\"([0-9a-fA-F-]{36})\"");

    private final Api api;
    private final Sessions sessions;
    private final Reference reference;

    SupplierReads(Api api, Sessions sessions, Reference reference) {
        this.api = api;
        this.sessions = sessions;
        this.reference = reference;
    }

    /** The request's access token; a visitor who is not signed in is sent to sign in and back. */
    String token(HttpRequest<?> request) {
        Session session = Sessions.of(request).orElseThrow(SignInRequired::new);
        return sessions.accessToken(session);
    }

    /** Read with the token: a matched enterprise opening it for the first time is counted as having seen it. */
    SupplierApi.Opportunity opportunity(UUID id, String token) {
        return api.get("/api/opportunities/" + id, SupplierApi.Opportunity.class, token);
    }

    List<SupplierApi.Question> questions(UUID id) {
        return api.list("/api/opportunities/" + id + "/questions", SupplierApi.Question.class);
    }

    List<SupplierApi.Opportunity> matched(String token) {
        return api.list("/api/opportunities/matched", SupplierApi.Opportunity.class, token);
    }

    List<SupplierApi.Standing> standings(String token) {
        return api.list("/api/opportunities/interest/mine", SupplierApi.Standing.class, token);
    }

    Optional<SupplierApi.Standing> standing(UUID opportunity, String token) {
        return standings(token).stream().filter(s -> s.opportunityId().equals(opportunity)).findFirst();
    }

    /** Records that the person looks at its matches now; answers when its previous visit ended and what it opened itself. */
    SupplierApi.Visit visitMatches(String token) {
        SupplierApi.Visit v = api.send(HttpRequest.POST("/api/opportunities/matched/visits", ""), SupplierApi.Visit.class, token);
        return v == null ? new SupplierApi.Visit(null, List.of()) : v;
    }

    List<SupplierApi.Response> myResponses(String token) {
        return api.list("/api/opportunities/responses/mine", SupplierApi.Response.class, token);
    }

    /** My enterprise's response to this opportunity, if it ever sent one (withdrawn ones too). */
    Optional<SupplierApi.Response> myResponse(UUID opportunity, String token) {
        try {
            return Optional.of(api.get("/api/opportunities/" + opportunity + "/responses/mine", SupplierApi.Response.class, token));
        } catch (ApiException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    List<SupplierApi.Partnership> partnerships(UUID opportunity, String token) {
        return api.list("/api/opportunities/" + opportunity + "/responses/partnerships", SupplierApi.Partnership.class, token);
    }

    List<SupplierApi.OpenPartnership> openPartnerships(String token) {
        return api.list("/api/opportunities/responses/partnerships", SupplierApi.OpenPartnership.class, token);
    }

    /** The enterprises of a region that a joint response may name, by name; the directory's first hundred. */
    List<SupplierApi.Organization> enterprisesIn(String region) {
        return api.get("/api/organizations?kind=ENTERPRISE&limit=100&region=" + region, SupplierApi.Organizations.class).items();
    }

    /** The caller's enterprise: the token's {@code org} claim (the token came from the platform, so reading it is enough here). */
    @Nullable
    static UUID myEnterprise(String token) {
        String[] parts = token.split("\\.");
        String payload = parts.length > 1 ? new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8) : "";
        Matcher m = ORGANIZATION.matcher(payload);
        return m.find() ? UUID.fromString(m.group(1)) : null;
    }

    List<SupplierApi.Contract> declaredToConfirm(String token) {
        return api.list("/api/contracts/declared", SupplierApi.Contract.class, token);
    }

    List<SupplierApi.Contact> contacts(String token) {
        return api.list("/api/contacts?limit=500", SupplierApi.Contact.class, token);
    }

    /** The opportunity's heading as every supplier page shows it, its labels in the page's language. */
    Heading heading(SupplierApi.Opportunity o, Page p, Instant now) {
        String name = reference.organizationName(o.buyerId(), o.buyerKind());
        return new Heading(o.id(), title(o, p), name == null ? "" : name, o.status(), p.label("status.", o.status()), o.deadline(),
                Deadlines.remaining(o.deadline(), now, p), Deadlines.open(o.status(), o.deadline(), now));
    }

    static String title(SupplierApi.Opportunity o, Page p) {
        String t = p.pick(o.titleFr(), o.titleEn());
        return t.isBlank() ? p.t("opportunities.untitled") : t;
    }

    String enterpriseName(UUID id) {
        String name = reference.organizationName(id, "ENTERPRISE");
        return name == null ? id.toString() : name;
    }

    String category(String code, Page p) {
        return reference.category(code, p.language());
    }

    String region(String code, Page p) {
        return reference.region(code, p.language());
    }
}
