package org.maillage.contracts.document;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.maillage.platform.security.Caller;
import org.maillage.platform.security.Roles;

import java.util.UUID;

/**
 * A draft deleted by its buyer. It lives beside the documents because a draft's files go with it; the rule (a draft
 * only, the buyer's own) is the opportunity's.
 */
@Tag(name = "opportunities")
@Controller("/api/opportunities/{id}")
@Secured({Roles.BUYER, Roles.SUPPLIER})
@SecurityRequirement(name = "bearer")
public class DraftDeletionController {

    private final DocumentService documents;

    public DraftDeletionController(DocumentService documents) {
        this.documents = documents;
    }

    @Operation(summary = "Delete a draft", description = "Who: the buying organization's accounts, while the opportunity is a draft "
            + "(never published, so no one else has seen it). The draft and every file attached to it are deleted. "
            + "A published opportunity is cancelled instead, and stays on record.")
    @ApiResponse(responseCode = "204", description = "the draft and its files are deleted")
    @ApiResponse(responseCode = "400", description = "the id is not one", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "401", description = "no valid access token", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "403", description = "another organization's published opportunity", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "no such opportunity, or another organization's draft", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "409", description = "no longer a draft (`status`)", content = @Content(mediaType = "application/problem+json"))
    @Delete
    public HttpResponse<Void> delete(Authentication auth, UUID id) {
        documents.discardDraft(Caller.of(auth), id);
        return HttpResponse.noContent();
    }
}
