package org.maillage.web;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;

import java.time.Clock;

/** "Today" for the pages' default periods, from an injected clock so that a test can choose it. */
@Factory
class TodayClock {

    @Singleton
    @Secondary
    Clock clock() {
        return Clock.systemUTC();
    }
}
