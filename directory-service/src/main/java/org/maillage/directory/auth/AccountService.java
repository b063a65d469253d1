package org.maillage.directory.auth;

import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.maillage.directory.api.AccountEventTypes;
import org.maillage.directory.api.AccountState;
import org.maillage.directory.api.DirectoryTopics;
import org.maillage.directory.organization.OrganizationStore;
import org.maillage.platform.outbox.Outbox;
import org.maillage.platform.problem.ProblemException;
import org.maillage.platform.security.Caller;
import org.maillage.platform.security.Roles;

import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Accounts are opened by a coordinator, only within the pilots that coordinator runs. */
@Singleton
public class AccountService {

    private final AccountRepository accounts;
    private final OrganizationStore organizations;
    private final PasswordHasher hasher;
    private final Outbox outbox;

    public AccountService(AccountRepository accounts, OrganizationStore organizations, PasswordHasher hasher, Outbox outbox) {
        this.accounts = accounts;
        this.organizations = organizations;
        this.hasher = hasher;
        this.outbox = outbox;
    }

    @Transactional
    public AccountView open(Caller caller, NewAccount request) {
        if (!caller.pilots().containsAll(request.pilots())) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "https://maillage.org/problems/forbidden", "Forbidden / Interdit",
                    "You can open accounts only in the pilots you coordinate.", Map.of("errors",
                    java.util.List.of(Map.of("field", "pilots", "message", "not a pilot you coordinate"))));
        }
        String expectedKind = switch (request.role()) {
            case Roles.BUYER -> "INSTITUTION";
            case Roles.SUPPLIER -> "ENTERPRISE";
            default -> null;
        };
        if (expectedKind != null) {
            if (request.organizationId() == null) {
                throw ProblemException.invalid("organizationId", "required for a " + request.role() + " account");
            }
            organizations.find(request.organizationId())
                    .filter(o -> o.kind().equals(expectedKind))
                    .orElseThrow(() -> ProblemException.invalid("organizationId", "must be an existing " + expectedKind.toLowerCase(Locale.ROOT)));
        }
        String email = request.email().strip().toLowerCase(Locale.ROOT);
        accounts.findByEmail(email).ifPresent(a -> {
            throw ProblemException.conflict("email", "an account with this email already exists / ce courriel a déjà un compte", Map.of());
        });
        Account saved = accounts.save(new Account(UUID.randomUUID(), email, hasher.hash(request.password()), request.role(),
                request.organizationId(), request.decisionUnitId(), request.pilots().stream().map(UUID::toString).toArray(String[]::new),
                request.language() == null ? "fr" : request.language(), 0, null, Instant.now()));
        // in the same transaction: notification-service learns where to write to this person if and only if the account exists
        outbox.append(DirectoryTopics.ACCOUNTS, saved.id().toString(), AccountEventTypes.OPENED_V1, new AccountState(saved.id(),
                saved.organizationId(), saved.role(), saved.email(), saved.language(), saved.createdAt()));
        return AccountView.of(saved);
    }

    /** A coordinator may act on an account that shares one of its pilots; any other account does not exist for it. */
    @Transactional(readOnly = true)
    public Account visibleTo(Caller caller, UUID accountId) {
        return accounts.findById(accountId)
                .filter(a -> Arrays.stream(a.pilots()).map(UUID::fromString).anyMatch(caller.pilots()::contains))
                .orElseThrow(() -> ProblemException.notFound("Account", accountId));
    }
}
