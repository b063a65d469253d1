package org.maillage.web.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import org.maillage.web.session.Cookies;
import org.maillage.web.site.Language;
import org.maillage.web.site.LocalPath;

import java.net.URI;

/** The language switch: a plain link on every page, remembered in a cookie, back to the same page. */
@Controller("/lang")
public class LanguageController {

    private final Cookies cookies;

    public LanguageController(Cookies cookies) {
        this.cookies = cookies;
    }

    @Get("/{code}")
    public HttpResponse<?> choose(String code, @Nullable @QueryValue String back) {
        URI target = URI.create(LocalPath.or(back, "/"));
        return Language.of(code)
                .<HttpResponse<?>>map(l -> HttpResponse.seeOther(target).cookie(cookies.language(l.code())))
                .orElseGet(() -> HttpResponse.seeOther(target));
    }
}
