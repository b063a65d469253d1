package org.maillage.web.buyer;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.UUID;

/**
 * One step of drafting an opportunity.
 *
 * @param id      null until the first step is saved
 * @param options the choices this step offers (categories, regions, methods, social clauses or decision units)
 * @param extra   more choices on the same step (the social clauses beside the methods)
 */
public record DraftView(String step, int number, int steps, @Nullable UUID id, String title, Form form, String q,
                        List<Option> options, List<Option> extra) {

    public record Option(String value, String label, boolean checked) {
    }

    public String action() {
        return id == null ? "/buyer/opportunities/new" : "/buyer/opportunities/" + id + "/edit/" + step;
    }

    public boolean is(String s) {
        return step.equals(s);
    }
}
