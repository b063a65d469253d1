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
import io.micronaut.security.rules.SecurityRule;
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

/** The documents of an opportunity's notice: attached by its buyer, read by whoever may read the notice. */
@Tag(name = "documents")
@Controller("/api/opportunities/{opportunityId}/documents")
public class NoticeDocumentController {

    private final DocumentService documents;

    public NoticeDocumentController(DocumentService documents) {
        this.documents = documents;
    }

    @Operation(summary = "Attach a document to an opportunity's notice, or replace one",
            description = "Who: the buying organization's accounts (BUYER, or SUPPLIER of an enterprise that buys). "
                    + "Multipart form: `file` (PDF, .docx, .xlsx, .pptx, .odt, .ods or .odp, recognized from its content, not its name; "
                    + "10 MiB at most), `replaces` (optional: the id of a version of a document of this notice; the new file becomes its "
                    + "next version and the old versions stay listed), `summary` (required once the opportunity is published: the "
                    + "document is then an addendum, recorded and announced like one; only while responses are open). "
                    + "A notice holds at most 30 files and 100 MiB in all, every version counted (configurable). Files with macros are "
                    + "refused. A refused file leaves nothing stored.")
    @ApiResponse(responseCode = "201", description = "the document as kept",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DocumentView.class)))
    @ApiResponse(responseCode = "400", description = "`file` missing, empty or not an accepted kind; `replaces` names no document of this notice; "
            + "`summary` missing after publication", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "403", description = "not the buying organization", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "no such opportunity (or another organization's draft)",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "409", description = "neither a draft nor open for responses; or the notice holds as many files or bytes as it may "
            + "(`file`)", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "413", description = "`file` is larger than the limit", content = @Content(mediaType = "application/problem+json"))
    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    @Secured({Roles.BUYER, Roles.SUPPLIER})
    @SecurityRequirement(name = "bearer")
    public HttpResponse<DocumentView> attach(Authentication auth, UUID opportunityId, @Part("file") @Nullable @Schema(type = "string", format = "binary", maxLength = 10_485_760) CompletedFileUpload file,
                                             @Part("replaces") @Nullable @Schema(maxLength = 36) String replaces, @Part("summary") @Nullable @Schema(maxLength = 2000) String summary) {
        DocumentView d = documents.attachToNotice(Caller.of(auth), opportunityId, Uploads.of(file), replaces, summary);
        return HttpResponse.created(d, URI.create(d.href()));
    }

    @Operation(summary = "List an opportunity's documents, every version",
            description = "Who: anyone who may read the notice, signed in or not (a draft's, its buyer only: 404 to others). "
                    + "Versions of one document share `seriesId`; `current` marks the latest.")
    @ApiResponse(responseCode = "200", description = "the documents, in the order they were first attached, each with its versions, at most 1000, in one answer (`next` is null)")
    @ApiResponse(responseCode = "404", description = "no such opportunity (or another organization's draft)",
            content = @Content(mediaType = "application/problem+json"))
    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    public Listing<DocumentView> list(@Nullable Authentication auth, UUID opportunityId) {
        return Listing.complete(documents.ofNotice(auth == null ? null : Caller.of(auth), opportunityId));
    }

    @Operation(summary = "Download one of an opportunity's documents",
            description = "Who: anyone who may read the notice, signed in or not. Served as an attachment "
                    + "(Content-Disposition) with X-Content-Type-Options: nosniff.")
    @ApiResponse(responseCode = "200", description = "the file's bytes", content = @Content(mediaType = "application/octet-stream",
            schema = @Schema(type = "string", format = "binary", maxLength = 10_485_760)))
    @ApiResponse(responseCode = "404", description = "no such document on this opportunity", content = @Content(mediaType = "application/problem+json"))
    @Get("/{documentId}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    public HttpResponse<StreamedFile> download(@Nullable Authentication auth, UUID opportunityId, UUID documentId) {
        return Uploads.serve(documents.downloadFromNotice(auth == null ? null : Caller.of(auth), opportunityId, documentId));
    }
}
