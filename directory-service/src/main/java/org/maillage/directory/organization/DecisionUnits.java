package org.maillage.directory.organization;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.maillage.platform.problem.ProblemException;
import org.maillage.platform.security.Caller;
import org.maillage.platform.security.Roles;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An institution's decision units kept up to date by its own buyers: changed (renamed, what and how it buys) or
 * retired, never deleted, since opportunities, contracts and contacts name them. The coordinators of its pilots read
 * them with the retired ones; the public directory shows the units that still buy.
 */
@Singleton
public class DecisionUnits {

    private final OrganizationStore store;
    private final DecisionUnitRepository units;
    private final OrganizationService organizations;

    public DecisionUnits(OrganizationStore store, DecisionUnitRepository units, OrganizationService organizations) {
        this.store = store;
        this.units = units;
        this.organizations = organizations;
    }

    @Transactional(readOnly = true)
    public DecisionUnitView.Listing all(Caller caller, UUID institution) {
        OrganizationDetails o = institution(caller, institution);
        if (!caller.belongsTo(institution) && o.pilots().stream().noneMatch(m -> caller.coordinates(m.pilotId()))) {
            throw ProblemException.forbidden("An institution's decision units are kept by its own accounts and read by the coordinators of its pilots.");
        }
        return new DecisionUnitView.Listing(units.findByOrganizationIdOrderByName(institution).stream().map(DecisionUnitView::of).toList(), null);
    }

    @Transactional
    public DecisionUnitView change(Caller caller, UUID institution, UUID unit, DecisionUnitForm f) {
        DecisionUnitRow u = ownUnit(caller, institution, unit);
        if (u.retiredOn() != null) {
            throw ProblemException.conflict("retiredOn", "this unit was retired on " + u.retiredOn() + " and no longer changes / unité retirée", Map.of());
        }
        organizations.checkCodes("categories", f.categories());
        DecisionUnitRow changed = units.update(new DecisionUnitRow(u.id(), institution, f.name().strip(), array(f.categories()),
                f.thresholdCad(), array(f.methods()), f.calendarNotes(), null));
        organizations.unitsChanged(institution);
        return DecisionUnitView.of(changed);
    }

    @Transactional
    public DecisionUnitView retire(Caller caller, UUID institution, UUID unit) {
        DecisionUnitRow u = ownUnit(caller, institution, unit);
        if (u.retiredOn() != null) {
            throw ProblemException.conflict("retiredOn", "this unit was already retired on " + u.retiredOn() + " / déjà retirée", Map.of());
        }
        DecisionUnitRow retired = units.update(new DecisionUnitRow(u.id(), institution, u.name(), u.categories(), u.thresholdCad(),
                u.methods(), u.calendarNotes(), LocalDate.now(Clocks.MONTREAL)));
        organizations.unitsChanged(institution);
        return DecisionUnitView.of(retired);
    }

    /** The unit, if the caller is a BUYER of its institution: coordinators read, they do not keep another's units (403). */
    private DecisionUnitRow ownUnit(Caller caller, UUID institution, UUID unit) {
        institution(caller, institution);
        if (!caller.is(Roles.BUYER) || !caller.belongsTo(institution)) {
            throw ProblemException.forbidden("Only the institution's own buyers keep its decision units.");
        }
        return units.findById(unit).filter(u -> u.organizationId().equals(institution))
                .orElseThrow(() -> ProblemException.notFound("Decision unit", unit));
    }

    private OrganizationDetails institution(Caller caller, UUID id) {
        return store.findSeenBy(caller, id).filter(x -> x.kind().equals("INSTITUTION")).orElseThrow(() -> ProblemException.notFound("Institution", id));
    }

    private static String[] array(List<String> values) {
        return values == null ? new String[0] : values.toArray(String[]::new);
    }
}
