package org.maillage.web.site;

import io.micronaut.core.annotation.Nullable;

/**
 * Who a page is for, as far as its header and forms need to know: put on each request by the session filter, so that
 * the page shell reads it without knowing how sessions work (the session part of the site depends on the shell, not
 * the other way round).
 */
public interface PageVisitor {

    /** The request attribute that holds it; absent for a request the session filter leaves alone. */
    String ATTRIBUTE = "maillage.page-visitor";

    /** The signed-in person's address, null when signed out. */
    @Nullable
    String email();

    /** SUPPLIER, BUYER or COORDINATOR; null when signed out. */
    @Nullable
    String role();

    /** The anti-forgery token every form of the page carries. */
    String csrfToken();
}
