package org.maillage.devstack;

/** Start-up as it goes, one line per step and the time it took, so a user sees where it is and where it stopped. */
public final class Progress {

    private Progress() {
    }

    public static void line(String part, String text) {
        System.out.printf("  %-11s %s%n", part, text);
    }

    /** Says a step begins; answers its start time for {@link #done}. */
    public static long start(String part, String text) {
        line(part, text + " ...");
        return System.nanoTime();
    }

    public static void done(String part, long start, String text) {
        line(part, String.format("%s in %.1f s", text, (System.nanoTime() - start) / 1e9));
    }
}
