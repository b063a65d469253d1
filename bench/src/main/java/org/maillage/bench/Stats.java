package org.maillage.bench;

import java.util.List;

/** Percentiles as every benchmark here reports them: nearest rank over a sorted sample. */
final class Stats {

    private Stats() {
    }

    static double pct(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
