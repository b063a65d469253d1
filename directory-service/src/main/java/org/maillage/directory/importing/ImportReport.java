package org.maillage.directory.importing;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * What an import did, or would do on a dry run. Rows are numbered as a spreadsheet shows them
 * (the header is row 1). When there are errors, nothing was written. {@code invited}: enterprises already
 * in the directory, invited to join the pilot (they join once one of their accounts accepts).
 */
@Serdeable
public record ImportReport(boolean dryRun,
                           @Schema(minimum = "0", maximum = "100000") int rows,
                           @Schema(minimum = "0", maximum = "100000") int created,
                           @Schema(minimum = "0", maximum = "100000") int invited,
                           @Schema(minimum = "0", maximum = "100000") int unchanged,
                           @ArraySchema(maxItems = 100000) List<RowError> errors) {

    @Serdeable
    public record RowError(@Schema(minimum = "1", maximum = "100001") int row, @Schema(maxLength = 100) String field,
                           @Schema(maxLength = 1000) String message) {
    }
}
