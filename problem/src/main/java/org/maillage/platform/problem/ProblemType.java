package org.maillage.platform.problem;

import java.util.Arrays;

/**
 * The problems every service answers when no domain rule names its own type: one URI per kind, a title in
 * English and French, and what to do about it. The list is documented in docs/problems.md.
 */
public enum ProblemType {
    INVALID(400, "invalid", "Invalid input", "Saisie invalide",
            "Correct the fields listed in errors, then send again.", "Corrigez les champs indiqués dans errors, puis renvoyez."),
    MALFORMED_JSON(400, "malformed-json", "Malformed JSON", "JSON mal formé",
            "The body is not valid JSON.", "Le corps de la requête n'est pas du JSON valide."),
    BAD_REQUEST(400, "bad-request", "Bad request", "Requête invalide",
            "The request cannot be read; check it against /api/docs.", "La requête est illisible ; vérifiez-la dans /api/docs."),
    UNAUTHENTICATED(401, "unauthenticated", "Sign-in required", "Connexion requise",
            "Sign in with POST /api/auth/login, then send the access token as 'Authorization: Bearer <token>'; renew an expired one with POST /api/auth/refresh.",
            "Connectez-vous par POST /api/auth/login, puis envoyez le jeton d'accès dans 'Authorization: Bearer <jeton>' ; renouvelez un jeton expiré par POST /api/auth/refresh."),
    FORBIDDEN(403, "forbidden", "Forbidden", "Interdit",
            "Your account may not do this.", "Votre compte ne permet pas cette action."),
    NOT_FOUND(404, "not-found", "Not found", "Introuvable",
            "Nothing is at this address; the operations are listed at /api/docs.", "Rien à cette adresse ; les opérations sont décrites dans /api/docs."),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed", "Méthode non permise",
            "This address does not take this method; the Allow header lists those it takes.",
            "Cette adresse n'accepte pas cette méthode ; l'en-tête Allow donne celles qu'elle accepte."),
    NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable", "Format non disponible",
            "Ask for application/json (Accept header).", "Demandez application/json (en-tête Accept)."),
    CONFLICT(409, "conflict", "Conflict", "Conflit",
            "The request conflicts with the current state; read it again and retry.", "La requête contredit l'état actuel ; relisez-le et réessayez."),
    TOO_LARGE(413, "too-large", "Request too large", "Requête trop volumineuse",
            "Send a smaller body.", "Envoyez un corps plus petit."),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type", "Type de contenu non pris en charge",
            "Send JSON with 'Content-Type: application/json' (or the type the operation names in /api/docs).",
            "Envoyez du JSON avec 'Content-Type: application/json' (ou le type que l'opération indique dans /api/docs)."),
    UNPROCESSABLE(422, "unprocessable", "Cannot be processed", "Traitement impossible",
            "The request is well-formed but breaks a rule; see errors.", "La requête est bien formée mais enfreint une règle ; voir errors."),
    RATE_LIMITED(429, "rate-limited", "Too many requests", "Trop de requêtes",
            "Wait the number of seconds in the Retry-After header, then retry.", "Attendez le nombre de secondes de l'en-tête Retry-After, puis réessayez."),
    INTERNAL(500, "internal", "Unexpected error", "Erreur inattendue",
            "An unexpected error occurred; nothing you sent was lost. Try again later.",
            "Une erreur inattendue est survenue ; rien de ce que vous avez envoyé n'est perdu. Réessayez plus tard."),
    UNAVAILABLE(503, "unavailable", "Service unavailable", "Service indisponible",
            "A part of the platform is not answering; try again in a moment.", "Une partie de la plateforme ne répond pas ; réessayez dans un instant.");

    public static final String BASE = "https://maillage.org/problems/";

    private final int status;
    private final String slug;
    private final String titleEn;
    private final String titleFr;
    private final String detailEn;
    private final String detailFr;

    ProblemType(int status, String slug, String titleEn, String titleFr, String detailEn, String detailFr) {
        this.status = status;
        this.slug = slug;
        this.titleEn = titleEn;
        this.titleFr = titleFr;
        this.detailEn = detailEn;
        this.detailFr = detailFr;
    }

    /** The type for a status the framework answered on its own; an unlisted status gets the closest general one. */
    public static ProblemType of(int status) {
        return Arrays.stream(values()).filter(t -> t.status == status && t != MALFORMED_JSON && t != INVALID).findFirst()
                .orElse(status >= 500 ? INTERNAL : BAD_REQUEST);
    }

    public int status() {
        return status;
    }

    public String uri() {
        return BASE + slug;
    }

    public String title() {
        return titleEn + " / " + titleFr;
    }

    public String detail() {
        return detailEn + " / " + detailFr;
    }
}
