package org.maillage.web.coordinator;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The import page: the upload form, then the dry run's report over the coordinator's own rows with each
 * error beside its cell, then the real import's result.
 *
 * @param sheet  the file as uploaded, when one was
 * @param report the dry run's report, or the real import's when {@code done}
 * @param file   the uploaded file, base64, carried by the confirmation form so the real import reads exactly what was checked
 */
public record ImportView(Coordination.Pilot pilot, List<FieldError> errors, @Nullable String fileName, @Nullable ImportSheet sheet,
                         @Nullable ImportReport report, @Nullable String file, boolean done) {

    public String base() {
        return "/coordinator/pilots/" + pilot.id();
    }

    public boolean clean() {
        return report != null && report.errors().isEmpty();
    }

    /** The errors of one cell of the file. */
    public List<String> errorsAt(int row, int column) {
        if (report == null || sheet == null || column >= sheet.headers().size()) {
            return List.of();
        }
        String field = ImportColumns.field(sheet.headers().get(column));
        return report.errors().stream().filter(e -> e.row() == row && e.cell().equals(field)).map(ImportReport.RowError::message).toList();
    }

    /** Errors of a row that no cell of the file holds (a required column missing, say), as "field: message". */
    public List<String> errorsOfRow(int row) {
        if (report == null) {
            return List.of();
        }
        Set<String> fields = sheet == null ? Set.of() : sheet.headers().stream().map(ImportColumns::field).collect(Collectors.toSet());
        return report.errors().stream().filter(e -> e.row() == row && (row == 1 || !fields.contains(e.cell())))
                .map(e -> e.field() + " : " + e.message()).toList();
    }

    public List<Integer> rowsWithErrors() {
        return report == null ? List.of() : report.errors().stream().map(ImportReport.RowError::row).filter(r -> r > 1).distinct().toList();
    }

    public List<Integer> columns() {
        return sheet == null ? List.of() : IntStream.range(0, sheet.headers().size()).boxed().toList();
    }

    /** The anchor of a cell, for the error summary's links. */
    public static String cellId(int row, int column) {
        return "cell-" + row + "-" + column;
    }

    @Nullable
    public String errorFor(String field) {
        return errors.stream().filter(e -> e.field().equals(field)).map(FieldError::message).findFirst().orElse(null);
    }
}
