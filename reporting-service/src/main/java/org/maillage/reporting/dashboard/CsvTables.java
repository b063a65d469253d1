package org.maillage.reporting.dashboard;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every dashboard table as CSV: RFC 4180 (CRLF, quotes only where needed), UTF-8 with a byte-order mark so
 * spreadsheet programs show accents. Headers are French then English.
 */
final class CsvTables {

    static final String BOM = "\uFEFF";

    private CsvTables() {
    }

    static String institutions(Dashboard d) {
        return csv(List.of("institution_id", "institution", "contrats / contracts", "valeur_cad / value_cad",
                        "engagement_contrats / commitment_contracts", "engagement_valeur / commitment_value",
                        "progression_contrats / contracts_progress", "progression_valeur / value_progress"),
                d.byInstitution().stream().map(r -> List.of(r.institutionId(), r.name(), r.contracts(), r.valueCad(),
                        orEmpty(r.commitmentContracts()), orEmpty(r.commitmentValueCad()), orEmpty(r.progress()), orEmpty(r.valueProgress()))));
    }

    static String categories(Dashboard d) {
        return csv(List.of("categorie_unspsc / unspsc_category", "contrats / contracts", "valeur_cad / value_cad"),
                d.byCategory().stream().map(r -> List.of(r.category(), r.contracts(), r.valueCad())));
    }

    static String months(Dashboard d) {
        return csv(List.of("mois / month", "contrats / contracts", "valeur_cad / value_cad"),
                d.byMonth().stream().map(r -> List.of(r.month(), r.contracts(), r.valueCad())));
    }

    static String depths(Dashboard d) {
        return csv(List.of("profondeur_reference / referral_depth", "contacts"),
                d.contacts().byDepth().stream().map(r -> List.of(r.depth(), r.contacts())));
    }

    static String units(Dashboard d) {
        return csv(List.of("institution_id", "institution", "unites_jointes / units_reached", "unites_connues / units_known"),
                d.contacts().decisionUnits().stream().map(r -> List.of(r.institutionId(), r.name(), r.reached(), r.known())));
    }

    static String reasons(Dashboard d) {
        return csv(List.of("raison / reason", "nombre / count"), d.funnel().reasons().stream().map(r -> List.of(r.reason(), r.count())));
    }

    static String enterprises(List<Detail.EnterpriseRow> rows) {
        return csv(List.of("entreprise_id / enterprise_id", "entreprise / enterprise", "jumelages / matched", "reponses / responses",
                        "gagnees / wins", "taux_succes / win_rate", "contrats / contracts", "valeur_cad / value_won_cad"),
                rows.stream().map(r -> List.of(r.enterpriseId(), r.name(), r.matched(), r.responses(), r.wins(), orEmpty(r.winRate()),
                        r.contracts(), r.valueWon())));
    }

    static String opportunities(List<Detail.OpportunityRow> rows) {
        return csv(List.of("occasion_id / opportunity_id", "titre / title", "acheteur_id / buyer_id", "statut / status",
                        "jumelees / matched", "interessees / interested", "non_interessees / not_interested", "reponses / responded",
                        "adjugee / awarded"),
                rows.stream().map(r -> List.of(r.opportunityId(), r.title() == null ? "" : r.title(), r.buyerId(), r.status(),
                        r.matched(), r.interested(), r.notInterested(), r.responded(), r.awarded())));
    }

    /**
     * A text cell that a spreadsheet would read as a formula (=, +, -, @, tab, carriage return first) gets a
     * leading single quote, as OWASP's CSV injection guidance says: titles and names come from users. Numbers
     * are not text and stay numbers, a negative one included.
     */
    static Object inert(Object cell) {
        if (cell instanceof CharSequence text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return cell;
    }

    private static Object orEmpty(Object o) {
        return o == null ? "" : o;
    }

    private static String csv(List<String> header, Stream<List<?>> rows) {
        StringWriter out = new StringWriter().append(BOM);
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (List<?> row : (Iterable<List<?>>) rows::iterator) {
                printer.printRecord(row.stream().map(CsvTables::inert).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
