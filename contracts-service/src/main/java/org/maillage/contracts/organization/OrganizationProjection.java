package org.maillage.contracts.organization;

import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import org.maillage.directory.api.OrganizationEventTypes;
import org.maillage.directory.api.OrganizationState;
import org.maillage.platform.inbox.InboundEvent;

/** Keeps known_organization in step with directory.organizations; runs in the inbox's transaction. */
@Singleton
public class OrganizationProjection {

    private final KnownOrganizationRepository organizations;
    private final ObjectMapper json;

    public OrganizationProjection(KnownOrganizationRepository organizations, ObjectMapper json) {
        this.organizations = organizations;
        this.json = json;
    }

    public void apply(InboundEvent event) {
        // a type this service does not use is only recorded in the inbox
        if (OrganizationEventTypes.carriesState(event.type())) {
            OrganizationState o = event.decode(json, OrganizationState.class);
            organizations.upsert(o.organizationId(), o.kind(), o.name(), o.status(), o.categories().toArray(String[]::new),
                    o.regions().toArray(String[]::new), o.pilots().stream().map(Object::toString).toArray(String[]::new),
                    // a retired unit is no longer one that opportunities, contracts or contacts may name
                    o.decisionUnits().stream().filter(u -> !u.retired()).map(u -> u.id().toString()).toArray(String[]::new),
                    o.occurredAt());
        }
    }
}
