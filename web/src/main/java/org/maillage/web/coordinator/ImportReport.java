package org.maillage.web.coordinator;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** POST /api/pilots/{id}/imports/enterprises's answer: what the import did, or would do on a dry run. */
@Serdeable
public record ImportReport(boolean dryRun, int rows, int created, int invited, int unchanged, List<RowError> errors) {

    @Serdeable
    public record RowError(int row, String field, String message) {

        /** The field without a list's index: "categories[1]" is the categories cell. */
        public String cell() {
            int bracket = field.indexOf('[');
            return bracket < 0 ? field : field.substring(0, bracket);
        }
    }
}
