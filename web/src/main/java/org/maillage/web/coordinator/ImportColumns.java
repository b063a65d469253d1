package org.maillage.web.coordinator;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The enterprise spreadsheet's columns: the field each fills, its French and English names for the template, and
 * the names the directory accepts for it. The accepted names mirror directory-service's EnterpriseCsv, so that the
 * page can put each error the import reports (by field) next to the cell of the coordinator's own column.
 */
final class ImportColumns {

    record Column(String field, String french, String english) {
    }

    static final List<Column> TEMPLATE = List.of(
            new Column("legalName", "nom_legal", "legalName"),
            new Column("neq", "neq", "neq"),
            new Column("legalForm", "forme_juridique", "legalForm"),
            new Column("otherNames", "autres_noms", "otherNames"),
            new Column("categories", "categories", "categories"),
            new Column("regions", "regions", "regions"),
            new Column("missionFr", "mission", "missionFr"),
            new Column("missionEn", "mission_anglais", "missionEn"),
            new Column("address", "adresse", "address"),
            new Column("website", "site_web", "website"),
            new Column("sizeBand", "taille", "sizeBand"),
            new Column("capacityNotes", "capacite", "capacityNotes"));

    private static final Map<String, String> ACCEPTED = new HashMap<>();

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

    private ImportColumns() {
    }

    /** The field a column of the coordinator's file fills, or its own name when the directory does not know it. */
    static String field(String header) {
        return ACCEPTED.getOrDefault(normalize(header), header);
    }

    /** The header line of the template, in the language asked for. */
    static String header(boolean french) {
        return String.join(",", TEMPLATE.stream().map(c -> french ? c.french() : c.english()).toList());
    }

    private static void alias(String field, String... names) {
        for (String n : names) {
            ACCEPTED.put(n, field);
        }
    }

    private static String normalize(String header) {
        return Normalizer.normalize(header.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }
}
