package org.maillage.devstack;

/**
 * The first coordinator of a local stack, so a newcomer can sign in at once (written in the README).
 * Local only: a real deployment names its own in MAILLAGE_BOOTSTRAP_COORDINATOR_*.
 */
public final class DemoAccounts {

    public static final String COORDINATOR_EMAIL = "coordination@maillage.local";
    public static final String COORDINATOR_PASSWORD = "Coordination-2014!";
    /** Stands for the Montréal pilot until the directory models pilots. */
    public static final String MONTREAL_PILOT = "6d6f6e74-7265-4061-8000-000000002014";

    private DemoAccounts() {
    }
}
