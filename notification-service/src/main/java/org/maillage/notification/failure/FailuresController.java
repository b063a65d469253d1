package org.maillage.notification.failure;




import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.transaction.TransactionOperations;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import org.maillage.notification.Sql;
import org.maillage.platform.api.Listing;
import org.maillage.platform.security.Caller;
import org.maillage.platform.security.Roles;

import java.sql.Connection;
import java.util.UUID;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * For coordinators: the addresses of their pilots' members that the SMTP server refused for good, newest first,
 * so someone can ask the organization for a working one. Only members of the caller's own pilots are listed.
 */
@Tag(name = "notifications")
@Controller("/api/notifications/failures")
@SecurityRequirement(name = "bearer")
@Secured(Roles.COORDINATOR)
public class FailuresController {

    private final TransactionOperations<Connection> tx;

    public FailuresController(TransactionOperations<Connection> tx) {
        this.tx = tx;
    }

    @Operation(summary = "Addresses refused for good", description = "Who: a COORDINATOR; addresses of members of its own pilots that the mail server refused for good.")
    @ApiResponse(responseCode = "200", description = "the most recent 500 refusals in the caller's pilots, newest first, at most 500, in one answer (`next` is null)")
    @Get
    public Listing<FailedDelivery> list(Authentication auth) {
        UUID[] pilots = Caller.of(auth).pilots().toArray(UUID[]::new);
        return Listing.complete(tx.executeRead(status -> Sql.list(status.getConnection(), """
                select i.account_id, o.id, o.name, i.email, i.kind, i.error, i.created_at
                from email_intent i
                join recipient r on r.account_id = i.account_id
                join organization o on o.id = r.organization_id
                where i.status = 'FAILED' and o.pilots && ?
                order by i.id desc limit 500""",
                rs -> new FailedDelivery(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()), (Object) pilots)));
    }
}
