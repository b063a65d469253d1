package org.maillage.platform.security;

/** The roles a Maillage account can have; anonymous visitors have none. */
public final class Roles {

    /** Runs one or more pilots: registers organizations, approves applications, reads everything of its pilots. */
    public static final String COORDINATOR = "COORDINATOR";
    /** Buys for an institution, optionally for one of its decision units. */
    public static final String BUYER = "BUYER";
    /** Sells for an enterprise. */
    public static final String SUPPLIER = "SUPPLIER";

    private Roles() {
    }
}
