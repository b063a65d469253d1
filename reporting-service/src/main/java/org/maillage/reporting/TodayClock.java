package org.maillage.reporting;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * "Today" for the reports' default period, read from an injected clock so that a test can choose it. Secondary: the
 * platform's own clock, where a service has one, takes its place.
 */
@Factory
class TodayClock {

    @Singleton
    @Secondary
    Clock clock() {
        return Clock.systemUTC();
    }
}
