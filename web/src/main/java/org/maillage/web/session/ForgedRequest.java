package org.maillage.web.session;

import org.maillage.web.site.ErrorView;

import java.util.List;

/**
 * A request that would change something failed the anti-forgery check: not from a page of this site, or without the form
 * token of its session (an old tab after signing in again, a form kept open past its session, a forged page). The error
 * pages answer 403 with a page that says what to do.
 */
public class ForgedRequest extends RuntimeException {

    private final transient List<ErrorView.Typed> typed;

    public ForgedRequest(String why) {
        this(why, List.of());
    }

    /** @param typed what a form from this site's own pages carried (never a password or the token), to show back */
    public ForgedRequest(String why, List<ErrorView.Typed> typed) {
        super(why, null, false, false);
        this.typed = typed;
    }

    public List<ErrorView.Typed> typed() {
        return typed;
    }
}
