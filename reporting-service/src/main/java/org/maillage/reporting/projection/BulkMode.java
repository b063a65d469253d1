package org.maillage.reporting.projection;

import jakarta.inject.Singleton;

/**
 * On while a rebuild replays the topics: projections then only write the raw rows, and the rebuild derives
 * everything at the end in one pass (the SQL function rebuild_reporting_cells). Only the rebuild turns it
 * on, while it holds the {@link ProjectionLock}, so live listeners never see it on.
 */
@Singleton
public class BulkMode {

    private volatile boolean on;

    public boolean on() {
        return on;
    }

    void set(boolean value) {
        on = value;
    }

    /** Runs the work with bulk mode on; the caller holds the projection lock. */
    public <T> T during(java.util.concurrent.Callable<T> work) throws Exception {
        set(true);
        try {
            return work.call();
        } finally {
            set(false);
        }
    }
}
