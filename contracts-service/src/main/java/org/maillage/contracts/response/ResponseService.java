package org.maillage.contracts.response;

import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.maillage.contracts.api.ContractsTopics;
import org.maillage.contracts.api.OpportunityEventTypes;
import org.maillage.contracts.api.OpportunityResponse;
import org.maillage.contracts.api.ResponsePartners;
import org.maillage.contracts.api.ResponseReceived;
import org.maillage.contracts.organization.KnownOrganizations;
import org.maillage.contracts.opportunity.OpportunityStore;
import org.maillage.contracts.opportunity.OpportunityView;
import org.maillage.platform.outbox.Outbox;
import org.maillage.platform.problem.ProblemException;
import org.maillage.platform.security.Caller;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Sealed responses. Until the deadline an enterprise submits, replaces or withdraws its own response and
 * nobody else reads it, the buyer included, who sees only how many there are. The deadline itself is the
 * rule, not the closing scheduler, so a response a second late is refused even before the close runs.
 */
@Singleton
public class ResponseService {

    private static final Sort LATEST_CHANGE_FIRST = Sort.of(Sort.Order.desc("updatedAt"), Sort.Order.asc("id"));
    private static final Sort FIRST_SUBMITTED_FIRST = Sort.of(Sort.Order.asc("submittedAt"), Sort.Order.asc("id"));

    private final ResponseRepository responses;
    private final OpportunityStore opportunities;
    private final KnownOrganizations organizations;
    private final Outbox outbox;
    private final Clock clock;

    public ResponseService(ResponseRepository responses, OpportunityStore opportunities, KnownOrganizations organizations,
                           Outbox outbox, Clock clock) {
        this.responses = responses;
        this.opportunities = opportunities;
        this.organizations = organizations;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public ResponseView submit(Caller caller, UUID opportunity, ResponseForm f) {
        OpportunityView o = responder(caller, opportunity);
        List<UUID> partners = f.partners() == null ? List.of() : f.partners();
        for (int i = 0; i < partners.size(); i++) {
            checkPartner("partners[" + i + "]", partners.get(i), caller.organizationId(), o.buyerId());
            if (partners.indexOf(partners.get(i)) != i) {
                throw ProblemException.invalid("partners[" + i + "]", "this partner is named twice");
            }
        }
        Instant now = clock.instant();
        responses.submit(UUID.randomUUID(), opportunity, caller.organizationId(), f.priceCad(), f.proposal(), texts(f.documents()),
                texts(partners.stream().map(UUID::toString).toList()), now);
        announce(opportunity, caller.organizationId(), "SUBMITTED", now);
        ResponseView saved = responses.findByOpportunityIdAndEnterpriseId(opportunity, caller.organizationId()).orElseThrow().view();
        // the receipt, by email to the person who sent it: this version's number and time, and the files it carries
        outbox.append(ContractsTopics.OPPORTUNITIES, opportunity.toString(), OpportunityEventTypes.RESPONSE_RECEIVED_V1,
                new ResponseReceived(opportunity, saved.id(), caller.organizationId(), caller.accountId(), saved.updatedAt(),
                        !saved.updatedAt().equals(saved.submittedAt()),
                        responses.currentFiles(opportunity, caller.organizationId()).stream()
                                .map(file -> new ResponseReceived.File(file.fileName(), file.sizeBytes(), file.sha256())).toList()));
        if (!partners.isEmpty()) {
            // each partner is told it was named (notification-service tells it once per opportunity and lead)
            outbox.append(ContractsTopics.OPPORTUNITIES, opportunity.toString(), OpportunityEventTypes.PARTNERS_NAMED_V1,
                    new ResponsePartners(opportunity, saved.id(), caller.organizationId(), partners, now));
        }
        return saved;
    }

    /**
     * Who may respond to a call, now, in one place: the response itself and its files follow this rule. An account of an
     * organization known to be active, other than the buyer, while the call is open (its deadline ahead, see Lifecycle).
     * Answers the published call; else 404 (never published), 409 (closed, not active, the buyer) or 400 (no organization).
     */
    @Transactional(readOnly = true)
    public OpportunityView responder(Caller caller, UUID opportunity) {
        OpportunityView o = open(caller, opportunity);
        KnownOrganizations.Known me = organizations.find(caller.organizationId())
                .orElseThrow(() -> ProblemException.notFound("Organization", caller.organizationId()));
        if (!me.active()) {
            throw ProblemException.conflict("enterprise", "your enterprise is " + me.status() + " and cannot respond", Map.of());
        }
        if (o.buyerId().equals(caller.organizationId())) {
            throw ProblemException.conflict("enterprise", "a buyer does not respond to its own opportunity", Map.of());
        }
        return o;
    }

    /**
     * A partner named in a joint response confirms its part, before the deadline; until it does, it is not
     * counted (not a supplier of the contract if the response wins).
     */
    @Transactional
    public Partnership confirmPartnership(Caller caller, UUID opportunity, UUID response) {
        open(caller, opportunity);
        UUID me = caller.organizationId();
        ResponseRow r = responses.findByIdAndOpportunityIdForUpdate(response, opportunity)
                .filter(x -> "SUBMITTED".equals(x.status()) && x.names(me))
                .orElseThrow(() -> ProblemException.notFound("Response naming your enterprise as a partner", response));
        ResponseRow confirmed = r.confirmedBy(me);
        if (confirmed != r) {
            responses.update(confirmed);
        }
        return new Partnership(confirmed.id(), confirmed.enterpriseId(), true);
    }

    /** The responses to this opportunity that name the caller's enterprise as a partner: who leads, and whether it confirmed. */
    @Transactional(readOnly = true)
    public List<Partnership> partnerships(Caller caller, UUID opportunity) {
        if (caller.organizationId() == null) {
            return List.of();
        }
        opportunities.find(opportunity).filter(x -> x.publishedAt() != null)
                .orElseThrow(() -> ProblemException.notFound("Opportunity", opportunity));
        UUID me = caller.organizationId();
        return responses.naming(opportunity, me).stream().map(r -> new Partnership(r.id(), r.enterpriseId(), r.hasConfirmed(me))).toList();
    }

    /** A partner is an active enterprise other than the one responding and the buyer. */
    private void checkPartner(String field, UUID partner, UUID me, UUID buyer) {
        if (partner.equals(me) || partner.equals(buyer)) {
            throw ProblemException.invalid(field, "a partner is another enterprise than the one responding and the buyer");
        }
        KnownOrganizations.Known k = organizations.find(partner).orElseThrow(() -> ProblemException.invalid(field, "no organization " + partner));
        if (!"ENTERPRISE".equals(k.kind()) || !k.active()) {
            throw ProblemException.invalid(field, "a partner is an active enterprise");
        }
    }

    @Transactional
    public void withdraw(Caller caller, UUID opportunity) {
        open(caller, opportunity);
        Instant now = clock.instant();
        ResponseRow r = responses.findByOpportunityIdAndEnterpriseIdForUpdate(opportunity, caller.organizationId())
                .filter(x -> "SUBMITTED".equals(x.status()))
                .orElseThrow(() -> ProblemException.notFound("Response of your enterprise to opportunity", opportunity));
        responses.update(r.withdrawn(now));
        announce(opportunity, caller.organizationId(), "WITHDRAWN", now);
    }

    @Transactional(readOnly = true)
    public ResponseView mine(Caller caller, UUID opportunity) {
        return responses.findByOpportunityIdAndEnterpriseId(opportunity, caller.organizationId()).map(ResponseRow::view)
                .orElseThrow(() -> ProblemException.notFound("Response of your enterprise to opportunity", opportunity));
    }

    /** Every response of the caller's enterprise, withdrawn ones included, the latest change first. */
    @Transactional(readOnly = true)
    public List<ResponseView> allMine(Caller caller, int limit) {
        if (caller.organizationId() == null) {
            return List.of();
        }
        return responses.findByEnterpriseId(caller.organizationId(), Pageable.from(0, limit, LATEST_CHANGE_FIRST)).stream()
                .map(ResponseRow::view).toList();
    }

    /** The joint responses naming the caller's enterprise as a partner, on opportunities still open, nearest deadline first. */
    @Transactional(readOnly = true)
    public List<OpenPartnership> openPartnerships(Caller caller, int limit) {
        if (caller.organizationId() == null) {
            return List.of();
        }
        UUID me = caller.organizationId();
        return responses.openNaming(me, clock.instant(), limit).stream()
                .map(r -> new OpenPartnership(r.opportunityId(), r.id(), r.enterpriseId(), r.hasConfirmed(me))).toList();
    }

    /**
     * The buyer's view: a count while sealed, everything once the call is closed by its deadline (whether or not the closer
     * has run; never for a call cancelled before it, see Lifecycle.isUnsealed).
     */
    @Transactional(readOnly = true)
    public ResponsesSeen forBuyer(Caller caller, UUID opportunity) {
        OpportunityView o = opportunities.find(opportunity).filter(x -> x.buyerId().equals(caller.organizationId()))
                .orElseThrow(() -> ProblemException.forbidden("Only the buying organization sees the responses to its opportunity."));
        boolean sealed = !o.unsealedAt(clock.instant());
        List<ResponseView> all = responses.findByOpportunityIdAndStatusNotEqual(opportunity, "WITHDRAWN", FIRST_SUBMITTED_FIRST).stream()
                .map(ResponseRow::view).toList();
        return new ResponsesSeen(all.size(), sealed, sealed ? List.of() : all);
    }

    private OpportunityView open(Caller caller, UUID opportunity) {
        if (caller.organizationId() == null) {
            throw ProblemException.invalid("enterprise", "your account belongs to no enterprise");
        }
        OpportunityView o = opportunities.find(opportunity).filter(x -> x.publishedAt() != null)
                .orElseThrow(() -> ProblemException.notFound("Opportunity", opportunity));
        if (!o.openAt(clock.instant())) {
            throw ProblemException.conflict("deadline", "the deadline has passed (" + o.deadlineMontreal()
                    + "); responses can no longer change / la date limite est passée", Map.of());
        }
        return o;
    }

    private void announce(UUID opportunity, UUID enterprise, String status, Instant now) {
        outbox.append(ContractsTopics.OPPORTUNITIES, opportunity.toString(), OpportunityEventTypes.RESPONSE_V1,
                new OpportunityResponse(opportunity, enterprise, status, now));
    }

    private static String[] texts(List<String> values) {
        return values == null ? new String[0] : values.toArray(String[]::new);
    }
}
