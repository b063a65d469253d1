package org.maillage.reporting.projection;

/** The inbox names of reporting's read models: a rebuild forgets exactly these. */
public final class Consumers {

    public static final String ORGANIZATIONS = "reporting.organizations";
    public static final String OPPORTUNITIES = "reporting.opportunities";
    public static final String CONTRACTS = "reporting.contracts";
    public static final String CONTACTS = "reporting.contacts";

    private Consumers() {
    }
}
