package org.maillage.directory.pilot;

import io.micronaut.core.annotation.Introspected;

import java.time.LocalDate;
import java.util.UUID;

/** One line of a pilot's member list, as the keyset query reads it. */
@Introspected
record MemberRow(UUID organizationId, String name, String kind, String status, LocalDate joinedOn) {
}
