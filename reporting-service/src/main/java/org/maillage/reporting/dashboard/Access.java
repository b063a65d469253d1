package org.maillage.reporting.dashboard;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import org.maillage.platform.problem.ProblemException;
import org.maillage.platform.problem.ProblemType;
import org.maillage.platform.security.Caller;

import java.util.Optional;
import java.util.UUID;

/**
 * Who sees which detail rows: a coordinator of the pilot sees them all; an organization sees its own
 * (an enterprise its row, a buyer its opportunities); anyone else is refused.
 */
final class Access {

    private Access() {
    }

    /** Empty: every row. Otherwise: only this organization's. */
    static Optional<UUID> rowsFor(@Nullable Authentication auth, UUID pilot) {
        if (auth == null) {
            throw new ProblemException(io.micronaut.http.HttpStatus.UNAUTHORIZED, ProblemType.UNAUTHENTICATED.uri(), ProblemType.UNAUTHENTICATED.title(),
                    "Detail by enterprise or opportunity needs a signed-in caller: " + ProblemType.UNAUTHENTICATED.detail(), java.util.Map.of());
        }
        Caller caller = Caller.of(auth);
        if (caller.coordinates(pilot)) {
            return Optional.empty();
        }
        if (caller.organizationId() != null && caller.pilots().contains(pilot)) {
            return Optional.of(caller.organizationId());
        }
        throw ProblemException.forbidden("Only the pilot's coordinators, or its own members for their own rows, see this detail.");
    }
}
