package org.maillage.contracts.question;

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
import org.maillage.platform.api.Listing;
import org.maillage.platform.security.Caller;
import org.maillage.platform.security.Roles;

import java.net.URI;
import java.util.UUID;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Operation;

@Tag(name = "opportunities")
@Controller("/api/opportunities/{opportunityId}/questions")
public class QuestionController {

    private final QuestionService questions;

    public QuestionController(QuestionService questions) {
        this.questions = questions;
    }

    /** Public, like the opportunity: every enterprise reads the same answers. */
    @Operation(summary = "Questions and answers", description = "Who: anyone, signed in or not. Who asked is never shown.")
    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    @ApiResponse(responseCode = "200", description = "questions and their answers, at most 1000, in one answer (`next` is null)")
    public Listing<QuestionView> all(UUID opportunityId) {
        return Listing.complete(questions.all(opportunityId));
    }

    @Operation(summary = "Ask a question", description = "Who: a SUPPLIER account of an enterprise other than the buyer, before the deadline; anonymous to others.")
    @ApiResponse(responseCode = "201", description = "question asked", content = @Content(mediaType = "application/json", schema = @Schema(implementation = QuestionView.class)))
    @ApiResponse(responseCode = "409", description = "the deadline has passed")
    @Post
    @Secured(Roles.SUPPLIER)
    @SecurityRequirement(name = "bearer")
    public HttpResponse<QuestionView> ask(Authentication auth, UUID opportunityId, @Body @Valid QuestionForms.Ask body) {
        QuestionView q = questions.ask(Caller.of(auth), opportunityId, body.question());
        return HttpResponse.created(q, URI.create("/api/opportunities/" + opportunityId + "/questions/" + q.id()));
    }

    /** The buying organization answers (an enterprise buying from others does so with a SUPPLIER account). */
    @Operation(summary = "Answer a question", description = "Who: the buying organization's accounts; the answer is public.")
    @Post("/{questionId}/answer")
    @Secured(SecurityRule.IS_AUTHENTICATED) // the service checks that the caller's organization is the buyer
    @SecurityRequirement(name = "bearer")
    public QuestionView answer(Authentication auth, UUID opportunityId, UUID questionId, @Body @Valid QuestionForms.Answer body) {
        return questions.answer(Caller.of(auth), opportunityId, questionId, body.answer());
    }
}
