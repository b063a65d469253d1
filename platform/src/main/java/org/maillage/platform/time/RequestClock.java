package org.maillage.platform.time;

import io.micronaut.context.annotation.Factory;
import io.micronaut.http.context.ServerRequestContext;
import jakarta.inject.Singleton;
import org.maillage.platform.demo.DemoTime;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The services' one clock, injected wherever code needs "now" ({@code clock.instant()}): the system's, to the
 * microsecond as PostgreSQL keeps it (a time compared with one read back must be the time that was stored); and, for a
 * request of the local demo's loader that names its moment, that moment (see {@link DemoTime}, which only a local run
 * accepts). Tests may replace it with a clock of their own.
 */
public final class RequestClock extends Clock {

    private final Clock system;

    public RequestClock(Clock system) {
        this.system = system;
    }

    @Override
    public Instant instant() {
        return ServerRequestContext.currentRequest().flatMap(DemoTime::of).orElseGet(system::instant).truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the platform's clock is UTC; format in Montréal time where a person reads it");
    }

    /** Makes the clock a bean. */
    @Factory
    static class Beans {

        @Singleton
        Clock clock() {
            return new RequestClock(Clock.systemUTC());
        }
    }
}
