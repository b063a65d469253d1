package org.maillage.contracts.organization;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.maillage.contracts.ContractsServiceIT;
import org.maillage.contracts.Fixtures;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.contracts.Fixtures.assertProblem;

/**
 * A decision unit named in an opportunity, a contract or a contact must be one of the institution's own, as
 * contracts-service learns them from directory.organizations: not another institution's.
 */
class ReferencedUnitsIT extends ContractsServiceIT {

    private final UUID city = UUID.randomUUID();
    private final UUID cityUnit = UUID.randomUUID();
    private final UUID college = UUID.randomUUID();
    private final UUID collegeUnit = UUID.randomUUID();
    private final UUID enterprise = UUID.randomUUID();

    @BeforeAll
    void knownOrganizations() {
        Fixtures.register(service, city, "INSTITUTION", "ACTIVE", "90100000", "06", List.of(), List.of(cityUnit));
        Fixtures.register(service, college, "INSTITUTION", "ACTIVE", "90100000", "06", List.of(), List.of(collegeUnit));
        Fixtures.register(service, enterprise, "ENTERPRISE", "ACTIVE", "90100000", "06", List.of());
        Fixtures.awaitKnown(service, city, college, enterprise);
    }

    @Test
    void anOpportunityNamesOnlyItsBuyersUnit() {
        String cityToken = tokens.token("BUYER", city, List.of());
        assertProblem(400, "decisionUnitId", () -> post("/api/opportunities", cityToken, opportunity(collegeUnit)));
        assertThat(post("/api/opportunities", cityToken, opportunity(cityUnit))).containsEntry("decisionUnitId", cityUnit.toString());
    }

    @Test
    void aContractNamesOnlyItsBuyersUnit() {
        String cityToken = tokens.token("BUYER", city, List.of());
        assertProblem(400, "decisionUnitId", () -> post("/api/contracts", cityToken, contract(collegeUnit)));
        assertThat(post("/api/contracts", cityToken, contract(cityUnit))).containsEntry("confirmed", true);
    }

    @Test
    void aContactNamesOnlyItsInstitutionsUnit() {
        String supplier = tokens.token("SUPPLIER", enterprise, List.of());
        assertProblem(400, "decisionUnitId", () -> post("/api/contacts", supplier, contact(collegeUnit)));
        assertThat(post("/api/contacts", supplier, contact(cityUnit))).containsEntry("decisionUnitId", cityUnit.toString());
    }

    private Map<String, Object> opportunity(UUID unit) {
        return Map.of("titleFr", "Traiteur", "categories", List.of("90100000"), "regions", List.of("06"), "method", "INVITATION",
                "deadline", "2099-03-10T12:00", "decisionUnitId", unit.toString());
    }

    private Map<String, Object> contract(UUID unit) {
        return Map.of("buyerId", city.toString(), "decisionUnitId", unit.toString(), "supplierIds", List.of(enterprise.toString()),
                "title", "Traiteur", "category", "90100000", "valueCad", 1000);
    }

    private Map<String, Object> contact(UUID unit) {
        Map<String, Object> f = new HashMap<>(Map.of("enterpriseId", enterprise.toString(), "counterpartId", city.toString(),
                "occurredOn", LocalDate.now().minusDays(3).toString(), "channel", "MEETING", "initiatedBy", enterprise.toString(),
                "summary", "Présentation des services"));
        f.put("decisionUnitId", unit.toString());
        return f;
    }
}
