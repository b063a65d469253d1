package org.maillage.web.session;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import org.maillage.web.site.PageVisitor;

/** The page shell's view of the request's session, read when a page is drawn (a sign-in during the request shows). */
record RequestVisitor(HttpRequest<?> request) implements PageVisitor {

    @Override
    @Nullable
    public String email() {
        return Sessions.of(request).map(Session::email).orElse(null);
    }

    @Override
    @Nullable
    public String role() {
        return Sessions.of(request).map(Session::role).orElse(null);
    }

    @Override
    public String csrfToken() {
        return Csrf.token(request);
    }
}
