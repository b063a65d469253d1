package org.maillage.notification;

/** The inbox names of this service's consumers. */
public final class Consumers {

    public static final String ORGANIZATIONS = "notification.organizations";
    public static final String ACCOUNTS = "notification.accounts";
    public static final String APPLICATIONS = "notification.applications";
    public static final String OPPORTUNITIES = "notification.opportunities";
    public static final String CONTRACTS = "notification.contracts";

    private Consumers() {
    }
}
