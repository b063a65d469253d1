package org.maillage.web.buyer;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.UUID;

/**
 * My institution: its decision units as its buyers keep them, each with what it buys, how, and whom to contact.
 *
 * @param done what the last action did, said once after the redirect, or null
 */
public record InstitutionView(UUID id, String name, List<Row> units, List<DraftView.Option> methods, Form form, @Nullable String done) {

    /** A unit with its categories in words and its contact people. */
    public record Row(UnitsApi.Unit unit, List<String> categories, List<String> methods, List<UnitsApi.Person> contacts) {

        public boolean retired() {
            return unit.retiredOn() != null;
        }
    }

    /** One unit's page: change it, add a contact, retire it. */
    public record One(Row row, List<DraftView.Option> methods, Form form, Form person, @Nullable String done) {
    }
}
