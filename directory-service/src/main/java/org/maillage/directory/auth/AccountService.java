package org.maillage.directory.auth;

import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.maillage.directory.organization.OrganizationDetails;
import org.maillage.directory.organization.OrganizationService;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Accounts are opened by a coordinator, only within the pilots that coordinator runs, and only for an
 * organization that takes part in every one of them and in no pilot the coordinator does not run. A coordinator manages an account only when all of
 * the account's pilots are its own, and never resets another coordinator's password.
 */
@Singleton
public class AccountService {

    private static final String FORBIDDEN = "https://maillage.org/problems/forbidden";

    private final AccountRepository accounts;
    private final OrganizationStore organizations;
    private final PasswordHasher hasher;
    private final Outbox outbox;
    private final AccountLinks links;
    private final RefreshTokens randomTokens;

    public AccountService(AccountRepository accounts, OrganizationStore organizations, PasswordHasher hasher, Outbox outbox,
                          AccountLinks links, RefreshTokens randomTokens) {
        this.accounts = accounts;
        this.links = links;
        this.randomTokens = randomTokens;
        this.organizations = organizations;
        this.hasher = hasher;
        this.outbox = outbox;
    }

    @Transactional
    public AccountView open(Caller caller, NewAccount request) {
        if (!caller.pilots().containsAll(request.pilots())) {
            throw forbidden("pilots", "not a pilot you coordinate", "You can open accounts only in the pilots you coordinate.");
        }
        String expectedKind = switch (request.role()) {
            case Roles.BUYER -> "INSTITUTION";
            case Roles.SUPPLIER -> "ENTERPRISE";
            default -> null;
        };
        if (expectedKind == null) {
            if (request.organizationId() != null || request.decisionUnitId() != null) {
                throw ProblemException.invalid(request.organizationId() != null ? "organizationId" : "decisionUnitId",
                        "a COORDINATOR account belongs to no organization");
            }
        } else {
            checkOrganization(caller, request, expectedKind);
        }
        String email = request.email().strip().toLowerCase(Locale.ROOT);
        accounts.findByEmail(email).ifPresent(a -> {
            throw ProblemException.conflict("email", "an account with this email already exists / ce courriel a déjà un compte", Map.of());
        });
        boolean invite = request.password() == null || request.password().isBlank();
        // an invited person's password is a random secret nobody knows until they choose their own
        String password = invite ? randomTokens.newToken() : request.password();
        Account saved = accounts.save(new Account(UUID.randomUUID(), email, hasher.hash(password), request.role(),
                request.organizationId(), request.decisionUnitId(), request.pilots().stream().map(UUID::toString).toArray(String[]::new),
                request.language() == null ? "fr" : request.language(), Instant.now()));
        // in the same transaction: notification-service learns where to write to this person if and only if the account exists
        outbox.append(DirectoryTopics.ACCOUNTS, saved.id().toString(), AccountEventTypes.OPENED_V1, new AccountState(saved.id(),
                saved.organizationId(), saved.role(), saved.email(), saved.language(),
                java.util.Arrays.stream(saved.pilots()).map(UUID::fromString).toList(), saved.createdAt()));
        if (invite) {
            links.invite(saved.id());
        }
        return AccountView.of(saved);
    }

    /**
     * The organization must exist, be of the role's kind, take part in every named pilot and own the
     * decision unit. An account acts as its whole organization, so only a coordinator of every pilot the
     * organization takes part in opens one (as for editing it): sharing one pilot is not enough.
     */
    private void checkOrganization(Caller caller, NewAccount request, String expectedKind) {
        if (request.organizationId() == null) {
            throw ProblemException.invalid("organizationId", "required for a " + request.role() + " account");
        }
        OrganizationDetails o = organizations.findSeenBy(caller, request.organizationId())
                .filter(x -> x.kind().equals(expectedKind))
                .orElseThrow(() -> ProblemException.invalid("organizationId", "must be an existing " + expectedKind.toLowerCase(Locale.ROOT)));
        Set<UUID> memberOf = o.pilots().stream().map(OrganizationDetails.Membership::pilotId).collect(Collectors.toSet());
        if (!memberOf.containsAll(request.pilots())) {
            throw forbidden("pilots", "the organization is not a member of every one of these pilots",
                    "An account is opened only in pilots its organization takes part in.");
        }
        if (!OrganizationService.coordinatesAll(caller, o)) {
            throw forbidden("organizationId", "takes part in a pilot you do not coordinate",
                    "Only a coordinator of every pilot this organization takes part in opens its accounts.");
        }
        if (request.decisionUnitId() != null && o.decisionUnits().stream().noneMatch(u -> u.id().equals(request.decisionUnitId()))) {
            throw ProblemException.invalid("decisionUnitId", "not a decision unit of this organization");
        }
    }

    /** The signed-in person's own account. */
    @Transactional(readOnly = true)
    public AccountView own(Caller caller) {
        return accounts.findById(caller.accountId()).map(AccountView::of)
                .orElseThrow(() -> ProblemException.notFound("Account", caller.accountId()));
    }

    /**
     * The language the person reads the site and its emails in. Announced like the opening, in the same
     * transaction, so notification-service writes to the person in the language it chose.
     */
    @Transactional
    public AccountView changeLanguage(Caller caller, String language) {
        Account a = accounts.findByIdForUpdate(caller.accountId())
                .orElseThrow(() -> ProblemException.notFound("Account", caller.accountId()));
        accounts.updateLanguage(a.id(), language);
        outbox.append(DirectoryTopics.ACCOUNTS, a.id().toString(), AccountEventTypes.UPDATED_V1, new AccountState(a.id(),
                a.organizationId(), a.role(), a.email(), language, Arrays.stream(a.pilots()).map(UUID::fromString).toList(), Instant.now()));
        return AccountView.of(new Account(a.id(), a.email(), a.passwordHash(), a.role(), a.organizationId(), a.decisionUnitId(),
                a.pilots(), language, a.createdAt()));
    }

    /** A coordinator may act on an account all of whose pilots it runs; any other account does not exist for it. */
    @Transactional(readOnly = true)
    public Account visibleTo(Caller caller, UUID accountId) {
        return accounts.findById(accountId)
                .filter(a -> a.pilots().length > 0 && Arrays.stream(a.pilots()).map(UUID::fromString).allMatch(caller.pilots()::contains))
                .orElseThrow(() -> ProblemException.notFound("Account", accountId));
    }

    /**
     * The account whose password the caller may reset: one it manages, and not a coordinator's (a
     * coordinator would otherwise take over another coordinator's wider rights).
     */
    @Transactional(readOnly = true)
    public Account resettableBy(Caller caller, UUID accountId) {
        Account account = visibleTo(caller, accountId);
        if (account.role().equals(Roles.COORDINATOR)) {
            throw ProblemException.forbidden("A coordinator's password is never reset by another coordinator.");
        }
        return account;
    }

    private static ProblemException forbidden(String field, String message, String detail) {
        return new ProblemException(HttpStatus.FORBIDDEN, FORBIDDEN, "Forbidden / Interdit", detail,
                Map.of("errors", List.of(Map.of("field", field, "message", message))));
    }
}
