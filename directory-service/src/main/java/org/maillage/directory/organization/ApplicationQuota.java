package org.maillage.directory.organization;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpStatus;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.maillage.platform.problem.ProblemException;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Map;

/**
 * Anonymous applications per client address and per day (maillage.applications.per-address-per-day),
 * counted in the database so that every instance of the service shares one count. The count commits on
 * its own, before the application is handled: a refused application still spent its try.
 */
@Singleton
public class ApplicationQuota {

    private final ApplicationQuotaRepository quotas;
    private final int perDay;

    public ApplicationQuota(ApplicationQuotaRepository quotas, @Value("${maillage.applications.per-address-per-day:5}") int perDay) {
        this.quotas = quotas;
        this.perDay = perDay;
    }

    /** Not transactional on purpose: the count must commit even when this throws the refusal. */
    public void spend(String client) {
        LocalDate today = LocalDate.now(Clocks.MONTREAL);
        int count = quotas.spend(client, today);
        if (count > perDay) {
            long retryAfter = Math.max(1, Duration.between(ZonedDateTime.now(Clocks.MONTREAL),
                    today.plusDays(1).atStartOfDay(Clocks.MONTREAL)).toSeconds());
            throw new ProblemException(HttpStatus.TOO_MANY_REQUESTS, "https://maillage.org/problems/too-many-applications",
                    "Too many applications / Trop de demandes d'adhésion",
                    perDay + " applications per day from one address; try again tomorrow. / Réessayez demain.",
                    Map.of("retryAfterSeconds", retryAfter));
        }
    }

    @Scheduled(cron = "0 17 3 * * *")
    @Transactional
    void forgetPastDays() {
        quotas.forgetBefore(LocalDate.now(Clocks.MONTREAL).minusDays(1));
    }
}
