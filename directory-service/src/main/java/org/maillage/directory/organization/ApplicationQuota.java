package org.maillage.directory.organization;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpStatus;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.maillage.platform.problem.ProblemException;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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

    private final TransactionOperations<Connection> tx;
    private final int perDay;

    public ApplicationQuota(TransactionOperations<Connection> tx, @Value("${maillage.applications.per-address-per-day:5}") int perDay) {
        this.tx = tx;
        this.perDay = perDay;
    }

    public void spend(String client) {
        LocalDate today = LocalDate.now(Clocks.MONTREAL);
        int count = tx.executeWrite(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement("""
                    insert into application_quota as q (client, day, applications) values (?, ?, 1)
                    on conflict (client, day) do update set applications = q.applications + 1
                    returning applications""")) {
                ps.setString(1, client);
                ps.setDate(2, Date.valueOf(today));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
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
    void forgetPastDays() {
        tx.executeWrite(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement("delete from application_quota where day < ?")) {
                ps.setDate(1, Date.valueOf(LocalDate.now(Clocks.MONTREAL).minusDays(1)));
                return ps.executeUpdate();
            }
        });
    }
}
