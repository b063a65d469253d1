package org.maillage.directory.invitation;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.maillage.directory.api.ApplicationEventTypes;
import org.maillage.directory.api.DirectoryTopics;
import org.maillage.directory.api.InvitationSent;
import org.maillage.directory.organization.OrganizationDetails;
import org.maillage.directory.organization.OrganizationService;
import org.maillage.directory.organization.OrganizationStore;
import org.maillage.directory.pilot.PilotService;
import org.maillage.directory.pilot.PilotView;
import org.maillage.platform.outbox.Outbox;
import org.maillage.platform.problem.ProblemException;
import org.maillage.platform.security.Caller;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Invitations into a pilot. An invitation is visible to the invited organization's accounts and to the
 * inviting pilot's coordinators; to anyone else it does not exist (404). Each new invitation is announced in its own
 * transaction ({@link InvitationSent}), so that the organization's people are told by email.
 */
@Singleton
public class InvitationService {

    private final InvitationRepository invitations;
    private final PilotService pilots;
    private final OrganizationStore store;
    private final OrganizationService organizations;
    private final Outbox outbox;

    public InvitationService(InvitationRepository invitations, PilotService pilots, OrganizationStore store,
                             OrganizationService organizations, Outbox outbox) {
        this.invitations = invitations;
        this.pilots = pilots;
        this.store = store;
        this.organizations = organizations;
        this.outbox = outbox;
    }

    @Transactional
    public Invitation invite(Caller caller, UUID pilot, UUID organization) {
        OrganizationDetails invited = checkInviter(caller, pilot, organization);
        UUID id = UUID.randomUUID();
        if (invitations.invite(id, pilot, organization, caller.accountId(), Instant.now()) == 0) {
            throw ProblemException.conflict("organizationId", "already invited, awaiting its answer / invitation en attente", Map.of());
        }
        Invitation sent = view(invitations.findById(id).orElseThrow());
        announce(sent, invited);
        return sent;
    }

    /** For the spreadsheet import: invites unless an invitation already awaits the organization's answer. */
    @Transactional
    public void ensureInvited(Caller caller, UUID pilot, UUID organization) {
        OrganizationDetails invited = checkInviter(caller, pilot, organization);
        UUID id = UUID.randomUUID();
        if (invitations.invite(id, pilot, organization, caller.accountId(), Instant.now()) > 0) {
            announce(view(invitations.findById(id).orElseThrow()), invited);
        }
    }

    /** Only a new invitation is announced: one already awaiting the answer was told when it was sent. */
    private void announce(Invitation i, OrganizationDetails invited) {
        outbox.append(DirectoryTopics.APPLICATIONS, i.organizationId().toString(), ApplicationEventTypes.INVITATION_SENT_V1,
                new InvitationSent(i.id(), i.pilotId(), i.pilotName(), i.organizationId(), invited.legalName(), i.createdAt()));
    }

    private OrganizationDetails checkInviter(Caller caller, UUID pilot, UUID organization) {
        if (!pilots.exists(pilot)) {
            throw ProblemException.notFound("Pilot", pilot);
        }
        if (!caller.coordinates(pilot)) {
            throw ProblemException.forbidden("Only a coordinator of this pilot invites organizations into it.");
        }
        OrganizationDetails o = store.findSeenBy(caller, organization)
                .orElseThrow(() -> ProblemException.invalid("organizationId", "no organization " + organization));
        if (o.pilots().stream().anyMatch(m -> m.pilotId().equals(pilot))) {
            throw ProblemException.conflict("organizationId", "already a member of this pilot / déjà membre", Map.of());
        }
        return o;
    }

    @Transactional(readOnly = true)
    public List<Invitation> pending(Caller caller, UUID organization) {
        if (store.findSeenBy(caller, organization).isEmpty()) {
            throw ProblemException.notFound("Organization", organization);
        }
        boolean own = caller.belongsTo(organization);
        return invitations.pendingFor(organization).stream()
                .filter(i -> own || caller.coordinates(i.pilotId()))
                .map(this::view).toList();
    }

    /** One of the organization's own accounts accepts: the organization joins the pilot and the change is announced. */
    @Transactional
    public OrganizationDetails accept(Caller caller, UUID pilot, UUID invitation) {
        Invitation i = answer(caller, pilot, invitation, "ACCEPTED");
        return organizations.joinWithConsent(i.organizationId(), i.pilotId());
    }

    @Transactional
    public Invitation decline(Caller caller, UUID pilot, UUID invitation) {
        return answer(caller, pilot, invitation, "DECLINED");
    }

    private Invitation answer(Caller caller, UUID pilot, UUID invitation, String answer) {
        InvitationRow i = invitations.findByIdForUpdate(invitation)
                .filter(x -> x.pilotId().equals(pilot) && caller.belongsTo(x.organizationId()))
                .orElseThrow(() -> ProblemException.notFound("Invitation", invitation));
        if (!"PENDING".equals(i.status())) {
            throw ProblemException.conflict("status", "this invitation was already answered: " + i.status(), Map.of());
        }
        invitations.update(invitation, answer, caller.accountId(), Instant.now());
        return view(invitations.findById(invitation).orElseThrow());
    }

    private Invitation view(InvitationRow i) {
        String pilotName = pilots.find(i.pilotId()).map(PilotView::name).orElseThrow();
        return new Invitation(i.id(), i.pilotId(), pilotName, i.organizationId(), i.status(), i.createdAt(), i.answeredAt());
    }
}
