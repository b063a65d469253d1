package org.maillage.notification.unsubscribe;

import io.swagger.v3.oas.annotations.Parameter;

import io.swagger.v3.oas.annotations.media.Schema;

import io.swagger.v3.oas.annotations.media.Content;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.maillage.notification.delivery.Kind;
import org.maillage.notification.message.Texts;
import org.maillage.notification.preference.PreferenceStore;
import org.maillage.platform.problem.ProblemException;

import java.time.LocalDate;
import java.util.Map;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * One-click unsubscribe without signing in (CASL, RFC 8058). GET only shows a confirmation page, because mail
 * scanners follow links; POST, from that page's button or from a mail client's List-Unsubscribe-Post, unsubscribes.
 */
@Tag(name = "notifications")
@Controller("/api/notifications/unsubscribe")
@Secured(SecurityRule.IS_ANONYMOUS)
public class UnsubscribeController {

    private final UnsubscribeTokens tokens;
    private final PreferenceStore preferences;
    private final UnsubscribePages pages;

    public UnsubscribeController(UnsubscribeTokens tokens, PreferenceStore preferences, UnsubscribePages pages) {
        this.tokens = tokens;
        this.preferences = preferences;
        this.pages = pages;
    }

    @Operation(summary = "The unsubscribe page of a message's link", description = "Who: anyone holding the signed token from a message (no sign-in). Shows the question only.")
    @ApiResponse(responseCode = "200", description = "the question, with a button that unsubscribes",
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = "string", maxLength = 20000)))
    @ApiResponse(responseCode = "400", description = "the link is damaged or expired")
    @Get
    @Produces(MediaType.TEXT_HTML)
    public String confirm(@Parameter(schema = @Schema(maxLength = 512)) @QueryValue String token) {
        UnsubscribeTokens.Subject s = verify(token);
        return pages.confirm(language(s), s.kind(), token);
    }

    @Operation(summary = "Unsubscribe in one click", description = "Who: anyone holding the signed token from a message (no sign-in; RFC 8058 one-click).")
    @ApiResponse(responseCode = "200", description = "the confirmation that this kind of message is off",
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = "string", maxLength = 20000)))
    @ApiResponse(responseCode = "400", description = "the link is damaged or expired")
    @Post
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA, MediaType.TEXT_PLAIN})
    @Produces(MediaType.TEXT_HTML)
    public String unsubscribe(@Parameter(schema = @Schema(maxLength = 512)) @QueryValue String token) {
        UnsubscribeTokens.Subject s = verify(token);
        preferences.unsubscribe(s.accountId(), s.kind());
        return pages.done(language(s), s.kind());
    }

    private String language(UnsubscribeTokens.Subject s) {
        return preferences.language(s.accountId());
    }

    private UnsubscribeTokens.Subject verify(String token) {
        return tokens.verify(token, LocalDate.now(Texts.MONTREAL)).orElseThrow(() -> ProblemException.invalid("token",
                "this unsubscribe link is not valid or has expired; change your preferences after signing in / "
                        + "ce lien de désabonnement n'est pas valide ou a expiré; changez vos préférences après vous être connecté"));
    }

    static Map<String, String> kindText(Texts t, Kind kind) {
        return Map.of("kind", t.get("page.kind." + kind.governedBy()));
    }
}
