package org.maillage.web.session;

/** A page that needs a signed-in person was asked for without one; the error pages send to sign-in and back. */
public class SignInRequired extends RuntimeException {

    public SignInRequired() {
        super("sign-in required", null, false, false);
    }
}
