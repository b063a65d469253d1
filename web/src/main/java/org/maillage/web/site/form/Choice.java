package org.maillage.web.site.form;

import io.micronaut.core.annotation.Nullable;

/** One box or button of a set of choices (site/choices.jte): the value sent, its label, and an optional hint under it. */
public record Choice(String value, String label, @Nullable String hint) {

    public Choice(String value, String label) {
        this(value, label, null);
    }
}
