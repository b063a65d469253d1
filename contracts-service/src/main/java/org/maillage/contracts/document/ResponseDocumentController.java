package org.maillage.contracts.document;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.maillage.platform.api.Listing;
import org.maillage.platform.security.Caller;
import org.maillage.platform.security.Roles;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** The documents of sealed responses: their enterprise's, and the buyer's once the deadline has passed. */
@Tag(name = "documents")
@Controller("/api/opportunities/{opportunityId}/responses")
@SecurityRequirement(name = "bearer")
public class ResponseDocumentController {

    private final DocumentService documents;

    public ResponseDocumentController(DocumentService documents) {
        this.documents = documents;
    }

    @Operation(summary = "Attach a document to my enterprise's response, or replace one",
            description = "Who: a SUPPLIER account, for its own enterprise, until the deadline. Multipart form: `file` (PDF, .docx, .xlsx, "
                    + ".pptx, .odt, .ods or .odp, recognized from its content; 10 MiB at most) and `replaces` (optional: a version of one "
                    + "of its own response documents). Only an enterprise that may respond (the response's own rule) attaches; a response "
                    + "holds at most 20 files and 50 MiB in all, every version counted (configurable); files with macros are refused. "
                    + "Nobody else reads it before the deadline; after, the buyer does.")
    @ApiResponse(responseCode = "201", description = "the document as kept",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DocumentView.class)))
    @ApiResponse(responseCode = "400", description = "`file` missing, empty or not an accepted kind; `replaces` names none of its documents",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "no such published opportunity", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "409", description = "the deadline has passed, or the caller's organization is the buyer or not active; or "
            + "the response holds as many files or bytes as it may (`file`)",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "413", description = "`file` is larger than the limit", content = @Content(mediaType = "application/problem+json"))
    @Post(uri = "/mine/documents", consumes = MediaType.MULTIPART_FORM_DATA)
    @Secured(Roles.SUPPLIER)
    public HttpResponse<DocumentView> attach(Authentication auth, UUID opportunityId, @Part("file") @Nullable @Schema(type = "string", format = "binary", maxLength = 10_485_760) CompletedFileUpload file,
                                             @Part("replaces") @Nullable @Schema(maxLength = 36) String replaces) {
        DocumentView d = documents.attachToResponse(Caller.of(auth), opportunityId, Uploads.of(file), replaces);
        return HttpResponse.created(d, URI.create(d.href()));
    }

    @Operation(summary = "List my enterprise's response documents", description = "Who: a SUPPLIER account; its own enterprise's, every version.")
    @ApiResponse(responseCode = "200", description = "its response documents, at most 1000, in one answer (`next` is null)")
    @ApiResponse(responseCode = "404", description = "no such published opportunity", content = @Content(mediaType = "application/problem+json"))
    @Get("/mine/documents")
    @Secured(Roles.SUPPLIER)
    public Listing<DocumentView> mine(Authentication auth, UUID opportunityId) {
        return Listing.complete(documents.ofMyResponse(Caller.of(auth), opportunityId));
    }

    @Operation(summary = "The buyer's view of the response documents",
            description = "Who: the buying organization's accounts only (403 to others), after the deadline (409 while sealed); "
                    + "the documents of every response not withdrawn, each with its `enterpriseId`.")
    @ApiResponse(responseCode = "200", description = "the response documents, at most 10000, in one answer (`next` is null)")
    @ApiResponse(responseCode = "403", description = "not the buying organization", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "409", description = "the responses are sealed until the deadline", content = @Content(mediaType = "application/problem+json"))
    @Get("/documents")
    @Secured({Roles.BUYER, Roles.SUPPLIER})
    public Listing<DocumentView> forBuyer(Authentication auth, UUID opportunityId) {
        return Listing.complete(documents.ofResponsesForBuyer(Caller.of(auth), opportunityId));
    }

    @Operation(summary = "Download a response document",
            description = "Who: the responding enterprise's accounts; the buying organization's once the deadline has passed (409 while "
                    + "sealed) and while the response stands; 404 to anyone else. Served as an attachment with X-Content-Type-Options: nosniff.")
    @ApiResponse(responseCode = "200", description = "the file's bytes", content = @Content(mediaType = "application/octet-stream",
            schema = @Schema(type = "string", format = "binary", maxLength = 10_485_760)))
    @ApiResponse(responseCode = "404", description = "no such document, or not the caller's to read", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "409", description = "the responses are sealed until the deadline", content = @Content(mediaType = "application/problem+json"))
    @Get("/documents/{documentId}")
    @Secured({Roles.BUYER, Roles.SUPPLIER})
    public HttpResponse<StreamedFile> download(Authentication auth, UUID opportunityId, UUID documentId) {
        return Uploads.serve(documents.downloadFromResponse(Caller.of(auth), opportunityId, documentId));
    }
}
