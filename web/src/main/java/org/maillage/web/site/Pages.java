package org.maillage.web.site;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.views.ModelAndView;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Builds a page's model: the layout's {@link Page} and the page's own record, named {@code view}. */
public final class Pages {

    private Pages() {
    }

    /**
     * The language of an emailed link ({@code ?lang=}, the person's own, remembered from then on: account.LanguageFromLink);
     * else the one the person chose (the switch's cookie, or their account's, set at sign-in); on a first visit, the one
     * their browser asks for first of the two (Accept-Language); else French.
     */
    public static Language language(HttpRequest<?> request) {
        return request.getParameters().getFirst("lang").flatMap(Language::of)
                .or(() -> request.getCookies().findCookie(Language.COOKIE).map(Cookie::getValue).flatMap(Language::of))
                .or(() -> request.getHeaders().findFirst(HttpHeaders.ACCEPT_LANGUAGE).flatMap(Pages::asked))
                .orElse(Language.FR);
    }

    private static Optional<Language> asked(String acceptLanguage) {
        try {
            return Language.of(Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), List.of("fr", "en")));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    public static Page page(HttpRequest<?> request, String titleKey, Object... titleArgs) {
        Language language = language(request);
        // the page's address as the language switch returns to it: without an emailed link's language, which would win again
        String query = request.getUri().getRawQuery() == null ? "" : Arrays.stream(request.getUri().getRawQuery().split("&"))
                .filter(p -> !p.startsWith("lang=")).collect(Collectors.joining("&"));
        String path = request.getPath() + (query.isEmpty() ? "" : "?" + query);
        String title = Texts.of(language).get(titleKey, titleArgs);
        PageVisitor visitor = request.getAttribute(PageVisitor.ATTRIBUTE, PageVisitor.class).orElse(null);
        return visitor == null ? new Page(language, path, null, "", title, null)
                : new Page(language, path, visitor.email(), visitor.csrfToken(), title, visitor.role());
    }

    /** A page whose title is already text (a name from the API), not a message key. */
    public static Page titled(HttpRequest<?> request, String title) {
        Page p = page(request, "site.name");
        return new Page(p.language(), p.path(), p.signedIn(), p.csrfToken(), title, p.role());
    }

    public static ModelAndView<Map<String, Object>> render(String template, Page page, Object view) {
        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        model.put("view", view);
        return new ModelAndView<>(template, model);
    }
}
