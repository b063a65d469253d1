package org.maillage.contracts.organization;

import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import org.maillage.directory.api.PersonAdded;
import org.maillage.directory.api.PersonEventTypes;
import org.maillage.directory.api.PersonRemoved;
import org.maillage.platform.inbox.InboundEvent;

/** Keeps known_person in step with directory.people; runs in the inbox's transaction. */
@Singleton
public class PersonProjection {

    private final KnownPeople people;
    private final ObjectMapper json;

    public PersonProjection(KnownPeople people, ObjectMapper json) {
        this.people = people;
        this.json = json;
    }

    public void apply(InboundEvent event) {
        // a type this service does not use is only recorded in the inbox
        if (PersonEventTypes.ADDED_V1.equals(event.type())) {
            PersonAdded p = event.decode(json, PersonAdded.class);
            people.add(p.personId(), p.organizationId(), p.occurredAt());
        } else if (PersonEventTypes.REMOVED_V1.equals(event.type())) {
            PersonRemoved p = event.decode(json, PersonRemoved.class);
            people.remove(p.personId(), p.occurredAt());
        }
    }
}
