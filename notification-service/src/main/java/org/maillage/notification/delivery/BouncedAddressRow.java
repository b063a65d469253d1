package org.maillage.notification.delivery;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** An address the SMTP server refused for good: it gets no more alerts. */
@MappedEntity("bounced_address")
record BouncedAddressRow(@Id String email, String reason, Instant bouncedAt) {
}
