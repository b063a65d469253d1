package org.maillage.web.account;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import org.maillage.web.session.Cookies;
import org.maillage.web.site.Language;

/**
 * A link the platform emails carries the person's language ({@code ?lang=en}): the page opens in it (see Pages.language)
 * and the rest of the visit stays in it, as if the person had used the switch, until they switch.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class LanguageFromLink {

    private final Cookies cookies;

    public LanguageFromLink(Cookies cookies) {
        this.cookies = cookies;
    }

    @ResponseFilter
    public void remember(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (request.getMethod() == HttpMethod.GET) {
            request.getParameters().getFirst("lang").flatMap(Language::of).ifPresent(l -> response.cookie(cookies.language(l.code())));
        }
    }
}
