package org.maillage.reporting.organization;

import io.micronaut.core.annotation.Introspected;

/** The headline counts as the summary query reads them. */
@Introspected
record Counts(long enterprises, long institutions, long active) {
}
