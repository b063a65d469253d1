package org.maillage.directory.auth;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.maillage.directory.pilot.NewPilot;
import org.maillage.directory.pilot.PilotService;
import org.maillage.platform.security.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Someone has to open the first accounts: a coordinator named in the environment
 * (MAILLAGE_BOOTSTRAP_COORDINATOR_EMAIL, _PASSWORD, _PILOTS), created once if missing, with its pilots
 * (named by MAILLAGE_BOOTSTRAP_PILOT_NAME and _REGION when they do not exist yet).
 */
@Singleton
@Requires(property = "maillage.bootstrap.coordinator.email")
public class BootstrapCoordinator {

    private static final Logger LOG = LoggerFactory.getLogger(BootstrapCoordinator.class);

    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final String email;
    private final String password;
    private final List<UUID> pilots;
    private final PilotService pilotService;
    private final String pilotName;
    private final String pilotRegion;

    public BootstrapCoordinator(AccountRepository accounts, PasswordHasher hasher,
                                @Value("${maillage.bootstrap.coordinator.email}") String email,
                                @Value("${maillage.bootstrap.coordinator.password}") String password,
                                @Value("${maillage.bootstrap.coordinator.pilots}") List<UUID> pilots,
                                PilotService pilotService,
                                @Value("${maillage.bootstrap.pilot.name:}") String pilotName,
                                @Value("${maillage.bootstrap.pilot.region:06}") String pilotRegion) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.email = email.strip().toLowerCase(Locale.ROOT);
        this.password = password;
        this.pilots = pilots;
        this.pilotService = pilotService;
        // a default with a colon cannot sit in the placeholder (the colon ends the default there)
        this.pilotName = pilotName.isBlank() ? "L'économie sociale : j'achète !" : pilotName;
        this.pilotRegion = pilotRegion;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        for (UUID pilot : pilots) {
            this.pilotService.ensure(pilot, new NewPilot(pilotName, pilotRegion, LocalDate.parse("2013-09-01"),
                    LocalDate.parse("2015-03-31"), "Comité régional de coordination"));
        }
        if (accounts.findByEmail(email).isEmpty()) {
            accounts.save(new Account(UUID.randomUUID(), email, hasher.hash(password), Roles.COORDINATOR, null, null,
                    pilots.stream().map(UUID::toString).toArray(String[]::new), "fr", Instant.now()));
            LOG.info("created the bootstrap coordinator {}", email);
        }
    }
}
