package org.maillage.directory.importing;

import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.maillage.directory.invitation.InvitationService;
import org.maillage.directory.organization.EnterpriseForm;
import org.maillage.directory.organization.OrganizationDetails;
import org.maillage.directory.organization.OrganizationService;
import org.maillage.directory.organization.OrganizationStore;
import org.maillage.directory.pilot.PilotService;
import org.maillage.directory.reference.ReferenceData;
import org.maillage.platform.problem.ProblemException;
import org.maillage.platform.security.Caller;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Imports a pilot's enterprises from a spreadsheet. Every row is checked first and every problem is
 * reported (row, field, message). A dry run stops there; a real run writes all rows in one transaction
 * or none. The NEQ is the key: an enterprise already in the directory is not created again nor changed;
 * if it is not a member, it is invited to join the pilot, which it does only once one of its accounts accepts.
 */
@Singleton
public class EnterpriseImport {

    private final Validator validator;
    private final ReferenceData reference;
    private final OrganizationService organizations;
    private final OrganizationStore store;
    private final PilotService pilots;
    private final InvitationService invitations;

    public EnterpriseImport(Validator validator, ReferenceData reference, OrganizationService organizations, OrganizationStore store,
                            PilotService pilots, InvitationService invitations) {
        this.invitations = invitations;
        this.validator = validator;
        this.reference = reference;
        this.organizations = organizations;
        this.store = store;
        this.pilots = pilots;
    }

    public ImportReport run(Caller caller, UUID pilot, String csv, boolean dryRun) {
        if (!pilots.exists(pilot)) {
            throw ProblemException.notFound("Pilot", pilot);
        }
        if (!caller.coordinates(pilot)) {
            throw ProblemException.forbidden("Only a coordinator of this pilot imports its members.");
        }
        EnterpriseCsv.Parsed parsed;
        try {
            parsed = EnterpriseCsv.parse(csv);
        } catch (IOException | RuntimeException e) {
            throw ProblemException.invalid("body", "not a readable CSV file: " + e.getMessage());
        }
        List<ImportReport.RowError> errors = new ArrayList<>(parsed.errors());
        List<Map.Entry<Integer, EnterpriseForm>> forms = new ArrayList<>();
        Map<String, Integer> firstRowOfNeq = new HashMap<>();
        for (EnterpriseCsv.Row row : parsed.rows()) {
            EnterpriseForm form = toForm(row, pilot);
            List<ImportReport.RowError> rowErrors = new ArrayList<>();
            for (ConstraintViolation<EnterpriseForm> v : validator.validate(form)) {
                rowErrors.add(new ImportReport.RowError(row.number(), field(v), v.getMessage()));
            }
            checkCodes(row.number(), "categories", form.categories(), reference::isCategory, rowErrors);
            checkCodes(row.number(), "regions", form.regions(), reference::isRegion, rowErrors);
            Integer earlier = form.neq() == null ? null : firstRowOfNeq.putIfAbsent(form.neq(), row.number());
            if (earlier != null) {
                rowErrors.add(new ImportReport.RowError(row.number(), "neq", "same NEQ as row " + earlier + " / NEQ en double"));
            }
            // a refused cell was left out of the row and reported as it was read: not again as missing
            rowErrors.removeIf(e -> row.refused().contains(e.field()));
            errors.addAll(rowErrors);
            if (rowErrors.isEmpty() && row.refused().isEmpty()) {
                forms.add(Map.entry(row.number(), form));
            }
        }
        errors.sort(java.util.Comparator.comparingInt(ImportReport.RowError::row).thenComparing(ImportReport.RowError::field)
                .thenComparing(ImportReport.RowError::message));
        errors = perCell(errors);
        if (!errors.isEmpty()) {
            ImportReport report = new ImportReport(dryRun, parsed.rows().size(), 0, 0, 0, errors);
            if (dryRun) {
                return report;
            }
            throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, "https://maillage.org/problems/import-rejected",
                    "Import rejected / Importation refusée", errors.size() + " problem(s) in the file; nothing was imported. "
                    + "/ Rien n'a été importé.", Map.of("report", report, "errors", errors.stream()
                    .map(e -> Map.of("row", e.row(), "field", e.field(), "message", e.message())).toList()));
        }
        return dryRun ? plan(forms, pilot) : write(caller, forms, pilot);
    }

    @Transactional(readOnly = true)
    ImportReport plan(List<Map.Entry<Integer, EnterpriseForm>> forms, UUID pilot) {
        int[] counts = new int[3];
        for (Map.Entry<Integer, EnterpriseForm> f : forms) {
            counts[outcome(f.getValue(), pilot)]++;
        }
        return new ImportReport(true, forms.size(), counts[0], counts[1], counts[2], List.of());
    }

    /** All or nothing: one transaction for the whole file. */
    @Transactional
    ImportReport write(Caller caller, List<Map.Entry<Integer, EnterpriseForm>> forms, UUID pilot) {
        int[] counts = new int[3];
        for (Map.Entry<Integer, EnterpriseForm> f : forms) {
            int outcome = outcome(f.getValue(), pilot);
            counts[outcome]++;
            if (outcome == 0) {
                organizations.registerEnterprise(caller, f.getValue());
            } else if (outcome == 1) {
                invitations.ensureInvited(caller, pilot, existing(f.getValue()).orElseThrow());
            }
        }
        return new ImportReport(false, forms.size(), counts[0], counts[1], counts[2], List.of());
    }

    /** 0: new enterprise, 1: known enterprise, invited to join the pilot (it must accept), 2: already a member. */
    private int outcome(EnterpriseForm form, UUID pilot) {
        Optional<UUID> known = existing(form);
        if (known.isEmpty()) {
            return 0;
        }
        boolean member = store.find(known.get()).map(OrganizationDetails::pilots).orElse(List.of()).stream()
                .anyMatch(m -> m.pilotId().equals(pilot));
        return member ? 2 : 1;
    }

    private Optional<UUID> existing(EnterpriseForm form) {
        return store.findByNeq(form.neq());
    }

    private static EnterpriseForm toForm(EnterpriseCsv.Row r, UUID pilot) {
        return new EnterpriseForm(r.get("legalName").orElse(null), r.list("otherNames"), r.get("neq").orElse(null),
                r.get("legalForm").orElse(null), null, r.get("missionFr").orElse(null), r.get("missionEn").orElse(null),
                r.list("categories"), r.list("regions").stream().map(v -> v.length() == 1 ? "0" + v : v).toList(),
                r.get("address").orElse(null), r.get("website").orElse(null), r.get("sizeBand").orElse(null),
                r.get("capacityNotes").orElse(null), pilot, null, null);
    }

    /** One entry per row and field, so a coordinator reads each cell once, with every reason it was refused. */
    private static List<ImportReport.RowError> perCell(List<ImportReport.RowError> errors) {
        Map<String, ImportReport.RowError> cells = new java.util.LinkedHashMap<>();
        for (ImportReport.RowError e : errors) {
            cells.merge(e.row() + "\n" + e.field(), e,
                    (a, b) -> new ImportReport.RowError(a.row(), a.field(), a.message() + " ; " + b.message()));
        }
        return new ArrayList<>(cells.values());
    }

    private static void checkCodes(int row, String field, List<String> codes, java.util.function.Predicate<String> known,
                                   List<ImportReport.RowError> errors) {
        for (int i = 0; i < codes.size(); i++) {
            if (!known.test(codes.get(i))) {
                errors.add(new ImportReport.RowError(row, field, "unknown code " + codes.get(i) + " / code inconnu"));
            }
        }
    }

    private static String field(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        int cut = path.indexOf('[');
        int dot = path.indexOf('.');
        int end = cut < 0 ? dot : (dot < 0 ? cut : Math.min(cut, dot));
        return end < 0 ? path : path.substring(0, end);
    }
}
