package org.maillage.contracts.contact;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A logged contact as stored; the people are ids as text. {@code version} counts changes, but a follow-up is written under
 * the row's lock rather than checked against a version read earlier, so it is a plain column, not a {@code @Version}.
 * It is read back through {@link ContactStore}, which adds what only the whole log says (names, first contact, links).
 */
@MappedEntity("contact")
record ContactRow(@Id UUID id, @Nullable UUID pilotId, UUID enterpriseId, UUID counterpartId, String counterpartKind,
                  @Nullable UUID decisionUnitId, @TypeDef(type = DataType.STRING_ARRAY) String[] personIds, LocalDate occurredOn,
                  String channel, UUID initiatedBy, String summary, @Nullable String outcome, @Nullable String nextStep,
                  @Nullable LocalDate followUpOn, @Nullable UUID introducedByContact, @Nullable UUID introducedByPerson, UUID recordedBy,
                  Instant createdAt, long version) {

    static ContactRow logged(UUID id, @Nullable UUID pilot, ContactForm f, String counterpartKind, UUID recordedBy, Instant now) {
        return new ContactRow(id, pilot, f.enterpriseId(), f.counterpartId(), counterpartKind, f.decisionUnitId(),
                f.personIds().stream().distinct().map(UUID::toString).toArray(String[]::new), f.occurredOn(), f.channel(), f.initiatedBy(),
                f.summary().strip(), blankToNull(f.outcome()), blankToNull(f.nextStep()), f.followUpOn(), f.introducedByContactId(),
                f.introducedByPersonId(), recordedBy, now, 0);
    }

    ContactRow followedUp(FollowUpForm f) {
        return new ContactRow(id, pilotId, enterpriseId, counterpartId, counterpartKind, decisionUnitId, personIds, occurredOn, channel,
                initiatedBy, summary, blankToNull(f.outcome()), blankToNull(f.nextStep()), f.followUpOn(), introducedByContact,
                introducedByPerson, recordedBy, createdAt, version + 1);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
