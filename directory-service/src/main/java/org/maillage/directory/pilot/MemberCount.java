package org.maillage.directory.pilot;

import io.micronaut.core.annotation.Introspected;

import java.util.UUID;

@Introspected
public record MemberCount(UUID pilotId, long members) {
}
