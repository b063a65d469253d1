package org.maillage.web.coordinator;

import org.junit.jupiter.api.Test;
import org.maillage.web.site.Language;
import org.maillage.web.site.Page;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The coordination pages' own logic, without a server: the period form, and the import report laid over the file. */
class CoordinatorFormsTest {

    private static final Page FRENCH = new Page(Language.FR, "/", null, "", "t");
    private static final Page ENGLISH = new Page(Language.EN, "/", null, "", "t");
    private static final Coordination.Pilot PILOT = new Coordination.Pilot(UUID.randomUUID(), "Montréal", "06",
            LocalDate.of(2014, 3, 1), LocalDate.of(2015, 8, 31), "CRÉ", 33);

    /** Late on 2026-12-31 in Montréal, already 2027 in UTC: "this month" and "this year" are Montréal's. */
    private static final Clock NEW_YEARS_EVE = Clock.fixed(Instant.parse("2027-01-01T03:00:00Z"), ZoneOffset.UTC);

    @Test
    void anEmptyPeriodIsThePilotsOwnOnceItHasEnded() {
        Period p = Period.read(FRENCH, PILOT, null, " ", null, NEW_YEARS_EVE);
        assertThat(p.valid()).isTrue();
        assertThat(p.query()).isEqualTo("from=2014-03&to=2015-08&within=12");
    }

    @Test
    void anEmptyPeriodRunsFromTheStartToThisMonthWhileThePilotRuns() {
        Coordination.Pilot running = new Coordination.Pilot(UUID.randomUUID(), "Estrie", "05", LocalDate.of(2026, 9, 1),
                LocalDate.of(2027, 8, 31), "Table", 3);
        assertThat(Period.read(FRENCH, running, null, null, null, NEW_YEARS_EVE).query()).isEqualTo("from=2026-09&to=2026-12&within=12");
    }

    @Test
    void thePresetsAreThePilotsPeriodThisYearTheLastTwelveMonthsAndEverythingEachWithItsAddress() {
        Period p = Period.read(FRENCH, PILOT, "2026-01", "2026-12", "6", NEW_YEARS_EVE);
        assertThat(p.presets()).extracting(Presets.Preset::key).containsExactly("pilot", "year", "twelve", "all");
        assertThat(p.presets()).extracting(p::query).containsExactly("from=2014-03&to=2015-08&within=6", "from=2026-01&to=2026-12&within=6",
                "from=2026-01&to=2026-12&within=6", "from=2014-03&to=2026-12&within=6");
        assertThat(p.presets()).filteredOn(p::is).extracting(Presets.Preset::key).containsExactly("year", "twelve");
        Period wrong = Period.read(FRENCH, PILOT, null, null, "abc", NEW_YEARS_EVE);
        assertThat(wrong.query(wrong.presets().get(0))).as("a preset never carries a typing mistake").isEqualTo("from=2014-03&to=2015-08&within=12");
    }

    @Test
    void aBadPeriodIsSaidNextToEachFieldInThePagesLanguage() {
        Period p = Period.read(FRENCH, PILOT, "mars 2014", "2014-13", "500", NEW_YEARS_EVE);
        assertThat(p.errorFor("from")).isEqualTo("Indiquez « Du mois » sous la forme AAAA-MM, par exemple 2014-06.");
        assertThat(p.errorFor("to")).contains("Au mois");
        assertThat(p.errorFor("within")).contains("de 0 à 120");
        Period backwards = Period.read(ENGLISH, PILOT, "2015-01", "2014-12", "12", NEW_YEARS_EVE);
        assertThat(backwards.errors()).extracting(FieldError::field).containsExactly("to");
        assertThat(backwards.errorFor("to")).isEqualTo("The last month must come after the first one, or be the same.");
        assertThat(backwards.from()).as("what was typed is kept").isEqualTo("2015-01");
    }

    @Test
    void eachErrorOfTheImportLandsOnTheCellOfTheCoordinatorsOwnColumn() {
        ImportSheet sheet = ImportSheet.read("\uFEFFNom légal;NEQ;Régions\nCoop A;1234;06\nCoop B;1140000001;99|06\n");
        assertThat(sheet.headers()).containsExactly("Nom légal", "NEQ", "Régions");
        assertThat(sheet.lines()).extracting(ImportSheet.Line::row).containsExactly(2, 3);
        ImportReport report = new ImportReport(true, 2, 0, 0, 0, List.of(
                new ImportReport.RowError(2, "neq", "must be a Québec enterprise number"),
                new ImportReport.RowError(3, "regions[0]", "must be a region code from 01 to 17"),
                new ImportReport.RowError(3, "website", "must start with http:// or https://"),
                new ImportReport.RowError(1, "couleur", "unknown column / colonne inconnue")));
        ImportView view = new ImportView(PILOT, List.of(), "a.csv", sheet, report, "", false);
        assertThat(view.errorsAt(2, 1)).containsExactly("must be a Québec enterprise number");
        assertThat(view.errorsAt(2, 0)).isEmpty();
        assertThat(view.errorsAt(3, 2)).containsExactly("must be a region code from 01 to 17");
        assertThat(view.errorsOfRow(3)).as("a field without a column in the file").containsExactly("website : must start with http:// or https://");
        assertThat(view.errorsOfRow(1)).containsExactly("couleur : unknown column / colonne inconnue");
        assertThat(view.rowsWithErrors()).containsExactly(2, 3);
        assertThat(view.clean()).isFalse();
    }

    @Test
    void aFileSavedByASpreadsheetInWindows1252IsReadWithItsAccents() {
        byte[] latin = "nom_legal,neq\nCoopérative Éclat,1140000001\n".getBytes(Charset.forName("windows-1252"));
        assertThat(ImportSheet.text(latin)).contains("Coopérative Éclat");
        byte[] utf8 = "nom_legal,neq\nCoopérative Éclat,1140000001\n".getBytes(StandardCharsets.UTF_8);
        assertThat(ImportSheet.text(utf8)).contains("Coopérative Éclat");
    }

    @Test
    void theTemplateNamesEveryColumnTheDirectoryReadsInBothLanguages() {
        assertThat(ImportColumns.header(true)).startsWith("nom_legal,neq,forme_juridique");
        assertThat(ImportColumns.header(false)).startsWith("legalName,neq,legalForm");
        for (ImportColumns.Column c : ImportColumns.TEMPLATE) {
            assertThat(ImportColumns.field(c.french())).as(c.french()).isEqualTo(c.field());
            assertThat(ImportColumns.field(c.english())).as(c.english()).isEqualTo(c.field());
        }
    }

    @Test
    void aRefusalSentBackKeepsWhatWasTypedOnItsOwnApplicationOnlyAndLinksTheSummaryToItsField() {
        UUID refused = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        MembersView view = new MembersView(PILOT, List.of(), List.of(), List.of(), null, List.of(), null, null,
                new MembersView.Refusal(refused, "trop   ", "Indiquez la raison du refus : le demandeur la recevra."));
        assertThat(view.reasonFor(refused)).isEqualTo("trop   ");
        assertThat(view.reasonErrorFor(refused)).startsWith("Indiquez la raison");
        assertThat(view.reasonFor(other)).isEmpty();
        assertThat(view.reasonErrorFor(other)).isNull();
        assertThat(view.errors()).extracting(FieldError::field).containsExactly("reason-" + refused);
        assertThat(new MembersView(PILOT, List.of(), List.of(), List.of(), null, List.of(), null, null, MembersView.Refusal.NONE).errors()).isEmpty();
    }
}
