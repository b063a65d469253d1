package org.maillage.directory.invitation;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;
import org.maillage.directory.organization.OrganizationDetails;
import org.maillage.platform.api.Listing;
import org.maillage.platform.security.Caller;
import org.maillage.platform.security.Roles;

import java.net.URI;
import java.util.UUID;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * How an organization that already exists joins another pilot: the pilot's coordinator invites it, one
 * of its own accounts accepts. Nobody adds another pilot's organization without it.
 */
@Tag(name = "directory")
@Controller
@SecurityRequirement(name = "bearer")
public class InvitationController {

    private final InvitationService invitations;

    public InvitationController(InvitationService invitations) {
        this.invitations = invitations;
    }

    @Operation(summary = "Invite an existing organization into a pilot", description = "Who: a COORDINATOR of that pilot. The organization joins only when one of its accounts accepts.")
    @ApiResponse(responseCode = "201", description = "invitation sent", content = @Content(mediaType = "application/json", schema = @Schema(implementation = Invitation.class)))
    @ApiResponse(responseCode = "409", description = "already a member, or already invited")
    @Post("/api/pilots/{pilotId}/invitations")
    @Secured(Roles.COORDINATOR)
    public HttpResponse<Invitation> invite(Authentication auth, UUID pilotId, @Body @Valid NewInvitation invitation) {
        Invitation created = invitations.invite(Caller.of(auth), pilotId, invitation.organizationId());
        return HttpResponse.created(created, URI.create("/api/pilots/" + pilotId + "/invitations/" + created.id()));
    }

    /** The organization's pending invitations: for its own accounts, and for coordinators those of their pilots. */
    @Operation(summary = "An organization's pending invitations", description = "Who: the organization's own accounts.")
    @Get("/api/organizations/{organizationId}/invitations")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @ApiResponse(responseCode = "200", description = "the pending invitations, in one answer (`next` is null)")
    public Listing<Invitation> pending(Authentication auth, UUID organizationId) {
        return Listing.complete(invitations.pending(Caller.of(auth), organizationId));
    }

    @Operation(summary = "Accept an invitation: join the pilot", description = "Who: a BUYER or SUPPLIER account of the invited organization.")
    @ApiResponse(responseCode = "409", description = "no longer pending")
    @Post("/api/pilots/{pilotId}/invitations/{invitationId}/accept")
    @Secured({Roles.BUYER, Roles.SUPPLIER})
    public OrganizationDetails accept(Authentication auth, UUID pilotId, UUID invitationId) {
        return invitations.accept(Caller.of(auth), pilotId, invitationId);
    }

    @Operation(summary = "Decline an invitation", description = "Who: a BUYER or SUPPLIER account of the invited organization.")
    @ApiResponse(responseCode = "409", description = "no longer pending")
    @Post("/api/pilots/{pilotId}/invitations/{invitationId}/decline")
    @Secured({Roles.BUYER, Roles.SUPPLIER})
    public Invitation decline(Authentication auth, UUID pilotId, UUID invitationId) {
        return invitations.decline(Caller.of(auth), pilotId, invitationId);
    }
}
