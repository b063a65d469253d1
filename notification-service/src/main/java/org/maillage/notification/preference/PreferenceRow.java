package org.maillage.notification.preference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.util.UUID;

/** A person's saved preferences; null categories or regions follow the organization's own. */
@MappedEntity("preference")
record PreferenceRow(@Id UUID accountId,
                     @Nullable @TypeDef(type = DataType.STRING_ARRAY) String[] categories,
                     @Nullable @TypeDef(type = DataType.STRING_ARRAY) String[] regions,
                     String delivery,
                     int digestHour,
                     @Nullable String language,
                     boolean alertsConsent,
                     @Nullable Instant consentedAt,
                     @TypeDef(type = DataType.STRING_ARRAY) String[] kindsOff,
                     Instant changedAt) {
}
