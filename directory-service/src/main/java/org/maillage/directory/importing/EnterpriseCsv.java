package org.maillage.directory.importing;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.maillage.platform.problem.TextInput;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.text.Normalizer;

/**
 * Reads a coordinator's spreadsheet of enterprises (CSV, UTF-8, comma or semicolon separated, a
 * byte-order mark tolerated). Column names may be English or French, with or without accents.
 * Lists (categories, regions, other names) are separated by | or ,
 * Every cell gets the check every JSON string gets ({@link TextInput}): a cell that fails it is reported on its row and
 * column and left out of the row, so it is neither stored nor echoed back.
 */
final class EnterpriseCsv {

    /** Column name, as normalized, to the field it fills. */
    private static final Map<String, String> COLUMNS = new HashMap<>();

    static {
        alias("legalName", "legalname", "legal_name", "nom", "nom_legal", "raison_sociale", "nom_de_l_entreprise");
        alias("neq", "neq", "numero_entreprise_quebec", "numero_d_entreprise");
        alias("legalForm", "legalform", "legal_form", "forme_juridique");
        alias("otherNames", "othernames", "other_names", "autres_noms");
        alias("categories", "categories", "categorie", "unspsc");
        alias("regions", "regions", "region", "regions_desservies");
        alias("missionFr", "missionfr", "mission_fr", "mission");
        alias("missionEn", "missionen", "mission_en", "mission_anglais");
        alias("address", "address", "adresse");
        alias("website", "website", "site_web", "site");
        alias("sizeBand", "sizeband", "size_band", "taille");
        alias("capacityNotes", "capacitynotes", "capacity_notes", "capacite");
    }

    /**
     * One data row: its spreadsheet row number and its cells by field.
     *
     * @param refused the fields whose cell held text no service accepts (reported already, left out of {@code cells})
     */
    record Row(int number, Map<String, String> cells, Set<String> refused) {
        Optional<String> get(String field) {
            String v = cells.get(field);
            return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
        }

        List<String> list(String field) {
            return get(field).map(v -> Arrays.stream(v.split("[|,]")).map(String::strip).filter(s -> !s.isEmpty()).toList())
                    .orElse(List.of());
        }
    }

    record Parsed(List<Row> rows, List<ImportReport.RowError> errors) {
    }

    private EnterpriseCsv() {
    }

    static Parsed parse(String text) throws IOException {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String firstLine = body.lines().findFirst().orElse("");
        char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count() ? ';' : ',';
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        List<Row> rows = new ArrayList<>();
        List<ImportReport.RowError> errors = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(body), format)) {
            Map<String, String> fieldOf = new HashMap<>();
            for (String header : parser.getHeaderNames()) {
                if (TextInput.isInvalid(header)) {
                    errors.add(new ImportReport.RowError(1, "header", TextInput.MESSAGE));
                    continue;
                }
                String field = COLUMNS.get(normalize(header));
                if (field == null) {
                    errors.add(new ImportReport.RowError(1, header, "unknown column / colonne inconnue"));
                } else {
                    fieldOf.put(header, field);
                }
            }
            if (!fieldOf.containsValue("legalName") || !fieldOf.containsValue("neq")) {
                errors.add(new ImportReport.RowError(1, "header", "columns legalName (nom) and neq are required / colonnes requises"));
            }
            for (CSVRecord record : parser) {
                // records count from 1 and the header is row 1 of the sheet
                int number = (int) record.getRecordNumber() + 1;
                Map<String, String> cells = new HashMap<>();
                Set<String> refused = new HashSet<>();
                record.toMap().forEach((header, value) -> {
                    String field = fieldOf.get(header);
                    if (field != null && value != null && TextInput.isInvalid(value)) {
                        errors.add(new ImportReport.RowError(number, field, TextInput.MESSAGE));
                        refused.add(field);
                    } else if (field != null) {
                        cells.put(field, value);
                    }
                });
                rows.add(new Row(number, cells, refused));
            }
        }
        return new Parsed(rows, errors);
    }

    private static void alias(String field, String... names) {
        for (String n : names) {
            COLUMNS.put(n, field);
        }
    }

    static String normalize(String header) {
        return Normalizer.normalize(header.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }
}
