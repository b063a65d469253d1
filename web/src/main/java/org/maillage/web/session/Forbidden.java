package org.maillage.web.session;

/** A signed-in person asked for a page their role does not open; the error pages say so in their language. */
public class Forbidden extends RuntimeException {

    public Forbidden(String why) {
        super(why, null, false, false);
    }
}
